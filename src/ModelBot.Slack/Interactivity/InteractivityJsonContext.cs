using System.Text.Json.Serialization;

namespace ModelBot.Slack.Interactivity;

/// <summary>Source-generated JSON for interaction payloads (snake_case).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BlockActionsPayload))]
public sealed partial class InteractivityJsonContext : JsonSerializerContext;
