namespace ModelBot.Slack.SocketMode;

/// <summary>Why a Socket Mode connection needs replacing (or the adapter must stop).</summary>
public enum ConnectionEnd
{
    /// <summary>Slack asked for a new connection (<c>refresh_requested</c>, <c>warning</c>, <c>too_many_websockets</c>): open it before closing this one.</summary>
    RefreshRequested,

    /// <summary>The socket closed or failed.</summary>
    Dropped,

    /// <summary>No frame arrived within the silence timeout (watchdog).</summary>
    Silent,

    /// <summary>Socket Mode was turned off for the app: stop.</summary>
    LinkDisabled,
}
