namespace ModelBot.Discord.Gateway.Heartbeat;

/// <summary>Why a heartbeat loop ended.</summary>
public enum HeartbeatOutcome
{
    /// <summary>The connection was closed or is shutting down.</summary>
    Stopped,
    /// <summary>No ACK arrived between two beats: the connection is a zombie and must be closed and resumed.</summary>
    Zombie,
}
