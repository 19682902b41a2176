namespace ModelBot.Slack.WebApi;

/// <summary>The response of <c>apps.connections.open</c>: a single-use Socket Mode WebSocket URL.</summary>
public sealed class ConnectionsOpenResponse : SlackApiResponse
{
    /// <summary>The <c>wss://</c> URL to connect to.</summary>
    public string? Url { get; init; }
}
