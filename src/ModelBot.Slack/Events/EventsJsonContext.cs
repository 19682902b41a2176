using System.Text.Json.Serialization;

namespace ModelBot.Slack.Events;

/// <summary>Source-generated JSON for Events API bodies (snake_case).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EventCallback))]
[JsonSerializable(typeof(UrlVerificationResponse))]
public sealed partial class EventsJsonContext : JsonSerializerContext;
