namespace ModelBot.Slack.SocketMode;

/// <summary>Why a Socket Mode connection needs replacing (or the adapter must stop).</summary>
public enum ConnectionEnd
{
    /// <summary>Slack asked for a new connection (<c>refresh_requested</c>, <c>warning</c>): open it before closing this one.</summary>
    RefreshRequested,

    /// <summary>The socket closed or failed (including a ping left unanswered).</summary>
    Dropped,

    /// <summary><c>too_many_websockets</c>: the app holds too many connections; close this one and reconnect after a backoff.</summary>
    TooManyWebsockets,

    /// <summary>Socket Mode was turned off for the app: stop.</summary>
    LinkDisabled,

    /// <summary><c>apps.connections.open</c> refused the app-level token (<c>invalid_auth</c>, <c>token_revoked</c>…): stop.</summary>
    AuthFailed,
}
