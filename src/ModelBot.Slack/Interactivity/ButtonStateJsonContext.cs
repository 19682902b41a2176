using System.Text.Json.Serialization;

namespace ModelBot.Slack.Interactivity;

/// <summary>Compact JSON for <see cref="ButtonState"/> in a button's value.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ButtonState))]
internal sealed partial class ButtonStateJsonContext : JsonSerializerContext;
