namespace ModelBot.Slack.WebApi;

/// <summary>Error codes the client reports itself, beside the ones Slack returns.</summary>
public static class SlackApiErrorCodes
{
    /// <summary>Still rate-limited after the allowed retries, or asked to wait longer than allowed.</summary>
    public const string RateLimited = "ratelimited";

    /// <summary>The response was not the JSON the method returns.</summary>
    public const string InvalidResponse = "invalid_response";

    /// <summary>No response arrived.</summary>
    public const string NetworkError = "network_error";

    /// <summary>A response_url that is not on Slack's hooks host: not posted to.</summary>
    public const string InvalidResponseUrl = "invalid_response_url";

    /// <summary>No token is configured for the call.</summary>
    public const string NotAuthed = "not_authed";

    /// <summary>A response_url may be used at most five times within thirty minutes.</summary>
    public const string ResponseUrlExhausted = "response_url_exhausted";

    /// <summary>
    /// Slack's answers that mean the token itself is refused (<c>invalid_auth</c>, <c>not_authed</c>,
    /// <c>token_revoked</c>, <c>token_expired</c>, <c>account_inactive</c>, <c>not_allowed_token_type</c>): retrying cannot succeed.
    /// </summary>
    public static bool IsTokenRefused(string code) => code is "invalid_auth" or NotAuthed or "token_revoked" or "token_expired" or "account_inactive" or "not_allowed_token_type";

    /// <summary>The code for an HTTP failure without a Slack error code.</summary>
    public static string Http(int status) => $"http_{status}";
}
