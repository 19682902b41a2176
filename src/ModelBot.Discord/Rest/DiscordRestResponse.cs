namespace ModelBot.Discord.Rest;

/// <summary>The outcome of a REST call: Discord's status and body, or why no answer came (status 0).</summary>
/// <param name="StatusCode">HTTP status, or 0 when the request was refused locally or could not be sent.</param>
/// <param name="Body">The response body (UTF-8 JSON), possibly empty.</param>
/// <param name="Error">A readable reason when <see cref="IsSuccess"/> is false.</param>
public sealed record DiscordRestResponse(int StatusCode, ReadOnlyMemory<byte> Body, string? Error)
{
    /// <summary>2xx.</summary>
    public bool IsSuccess => StatusCode is >= 200 and < 300;

    /// <summary>A response that never reached Discord.</summary>
    public static DiscordRestResponse NotSent(string reason) => new(0, ReadOnlyMemory<byte>.Empty, reason);
}
