namespace ModelBot.Commands.Delivery;

/// <summary>
/// The names of the transports, as <c>/healthz</c> lists them and as the <c>transport</c> label of every metric says.
/// </summary>
public static class TransportNames
{
    /// <summary>The interactive terminal.</summary>
    public const string Console = "console";

    /// <summary>Discord HTTP interactions (<c>POST /discord/interactions</c>).</summary>
    public const string DiscordHttp = "discord-http";

    /// <summary>Discord interactions received over the Gateway WebSocket (answered over REST).</summary>
    public const string DiscordGateway = "discord-gateway";

    /// <summary>Slack's HTTP endpoints (<c>/slack/commands</c>, <c>/slack/events</c>, <c>/slack/interactivity</c>).</summary>
    public const string SlackHttp = "slack-http";

    /// <summary>Slack Socket Mode.</summary>
    public const string SlackSocket = "slack-socket";
}
