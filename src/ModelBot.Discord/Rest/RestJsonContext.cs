using System.Text.Json.Serialization;

namespace ModelBot.Discord.Rest;

/// <summary>Source-generated JSON for the REST client's own records.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RateLimitedBody))]
[JsonSerializable(typeof(DiscordErrorBody))]
internal sealed partial class RestJsonContext : JsonSerializerContext;
