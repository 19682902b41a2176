namespace ModelBot.Slack.WebApi;

/// <summary>The envelope of every Web API response: <c>ok</c>, and <c>error</c> when it is false (HTTP 200 either way).</summary>
public class SlackApiResponse
{
    /// <summary>Whether the call succeeded.</summary>
    public bool Ok { get; init; }

    /// <summary>Slack's error code when <see cref="Ok"/> is false.</summary>
    public string? Error { get; init; }

    /// <summary>Non-fatal warnings, comma-separated.</summary>
    public string? Warning { get; init; }
}
