using System.Text.Json.Serialization;

namespace ModelBot.Discord.Rest;

/// <summary>The body of a 429: how long to wait and whether the limit is global.</summary>
public sealed record RateLimitedBody
{
    /// <summary>"You are being rate limited."</summary>
    public string? Message { get; init; }

    /// <summary>Seconds to wait before retrying.</summary>
    [JsonPropertyName("retry_after")]
    public double RetryAfter { get; init; }

    /// <summary>True when every route is limited, not only this bucket.</summary>
    public bool Global { get; init; }

    /// <summary>Discord's error code, when present.</summary>
    public int? Code { get; init; }
}
