namespace ModelBot.Slack.WebApi;

/// <summary>A failed Web API call: Slack's error code (e.g. <c>channel_not_found</c>, <c>ratelimited</c>), the method and the HTTP status.</summary>
/// <param name="Code">Slack's <c>error</c> value, or a code of ours: <c>ratelimited</c>, <c>http_{status}</c>, <c>invalid_response</c>, <c>network_error</c>.</param>
/// <param name="Method">The Web API method or <c>response_url</c>.</param>
/// <param name="HttpStatus">The HTTP status code, 0 when no response arrived.</param>
public sealed record SlackApiError(string Code, string Method, int HttpStatus)
{
    /// <inheritdoc />
    public override string ToString() => $"{Method}: {Code} (HTTP {HttpStatus})";
}
