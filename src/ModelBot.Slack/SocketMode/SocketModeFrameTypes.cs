namespace ModelBot.Slack.SocketMode;

/// <summary>Socket Mode frame types and disconnect reasons.</summary>
public static class SocketModeFrameTypes
{
    /// <summary>The first frame of every connection.</summary>
    public const string Hello = "hello";

    /// <summary>Slack is about to close the connection; <see cref="SocketModeFrame.Reason"/> says why.</summary>
    public const string Disconnect = "disconnect";

    /// <summary>An Events API event.</summary>
    public const string EventsApi = "events_api";

    /// <summary>A slash command.</summary>
    public const string SlashCommands = "slash_commands";

    /// <summary>A button click or other interaction.</summary>
    public const string Interactive = "interactive";

    /// <summary>Disconnect reason: Socket Mode was turned off for the app; do not reconnect.</summary>
    public const string LinkDisabled = "link_disabled";

    /// <summary>Disconnect reason: the app holds too many Socket Mode connections; reconnect after a backoff.</summary>
    public const string TooManyWebsockets = "too_many_websockets";
}
