using ModelBot.Commands.Delivery;

namespace ModelBot.Slack.Dispatch;

/// <summary>Slack's HTTP endpoints (slash commands, events, interactivity) as an adapter.</summary>
public sealed class SlackHttpTransport : HttpTransport
{
    /// <inheritdoc />
    public override string Name => TransportNames.SlackHttp;

    /// <inheritdoc />
    public override string Platform => SlackChatRequests.Platform;
}
