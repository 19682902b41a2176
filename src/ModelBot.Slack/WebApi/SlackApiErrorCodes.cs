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

    /// <summary>No token is configured for the call.</summary>
    public const string NotAuthed = "not_authed";

    /// <summary>A response_url may be used at most five times within thirty minutes.</summary>
    public const string ResponseUrlExhausted = "response_url_exhausted";

    /// <summary>The code for an HTTP failure without a Slack error code.</summary>
    public static string Http(int status) => $"http_{status}";
}
