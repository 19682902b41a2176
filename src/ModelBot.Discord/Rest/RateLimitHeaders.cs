namespace ModelBot.Discord.Rest;

/// <summary>Discord's rate limit headers (developers/topics/rate-limits).</summary>
public static class RateLimitHeaders
{
    /// <summary>Requests the bucket allows per window.</summary>
    public const string Limit = "X-RateLimit-Limit";

    /// <summary>Requests left in the current window.</summary>
    public const string Remaining = "X-RateLimit-Remaining";

    /// <summary>Epoch seconds at which the window resets.</summary>
    public const string Reset = "X-RateLimit-Reset";

    /// <summary>Seconds (with fractions) until the window resets.</summary>
    public const string ResetAfter = "X-RateLimit-Reset-After";

    /// <summary>The bucket's opaque id, shared by routes that share a limit.</summary>
    public const string Bucket = "X-RateLimit-Bucket";

    /// <summary>Present on a 429 caused by the global limit.</summary>
    public const string Global = "X-RateLimit-Global";

    /// <summary>user, global or shared (shared 429s do not count as invalid requests).</summary>
    public const string Scope = "X-RateLimit-Scope";

    /// <summary>Standard header: seconds to wait after a 429.</summary>
    public const string RetryAfter = "Retry-After";
}
