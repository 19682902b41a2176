namespace ModelBot.Discord.Tests.Support;

/// <summary>What the fake Discord API answers.</summary>
internal sealed record FakeResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, bool Hang = false)
{
    /// <summary>Never answers: the request hangs until the client gives up.</summary>
    public static FakeResponse Hanging() => new(200, "", Hang: true);

    public static FakeResponse Json(string body, int status = 200, IReadOnlyDictionary<string, string>? headers = null) => new(status, body, headers);

    /// <summary>A 429 as Discord sends it: body with retry_after and global, and the rate limit headers.</summary>
    public static FakeResponse RateLimited(double retryAfter, bool global = false, string bucket = "abcd1234") => new(
        429,
        $$"""{"message":"You are being rate limited.","retry_after":{{retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"global":{{(global ? "true" : "false")}}}""",
        new Dictionary<string, string>
        {
            ["Retry-After"] = Math.Ceiling(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["X-RateLimit-Limit"] = "5",
            ["X-RateLimit-Remaining"] = "0",
            ["X-RateLimit-Reset-After"] = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["X-RateLimit-Bucket"] = bucket,
            ["X-RateLimit-Scope"] = global ? "global" : "user",
            ["X-RateLimit-Global"] = global ? "true" : "false",
        });
}
