namespace ModelBot.Discord.Gateway.Protocol;

/// <summary>Gateway opcodes (discord-api-docs, topics/opcodes-and-status-codes, "Gateway Opcodes").</summary>
public enum GatewayOpcode
{
    /// <summary>Receive: an event was dispatched (READY, RESUMED, INTERACTION_CREATE, …).</summary>
    Dispatch = 0,
    /// <summary>Send/receive: keep the connection alive; received when Discord asks for a beat now.</summary>
    Heartbeat = 1,
    /// <summary>Send: start a new session during the initial handshake.</summary>
    Identify = 2,
    /// <summary>Send: update the client's presence.</summary>
    PresenceUpdate = 3,
    /// <summary>Send: join, leave or move between voice channels.</summary>
    VoiceStateUpdate = 4,
    /// <summary>Send: resume a previous session that was disconnected.</summary>
    Resume = 6,
    /// <summary>Receive: reconnect and resume immediately.</summary>
    Reconnect = 7,
    /// <summary>Send: request information about offline guild members.</summary>
    RequestGuildMembers = 8,
    /// <summary>Receive: the session has been invalidated; <c>d</c> tells whether it may be resumed.</summary>
    InvalidSession = 9,
    /// <summary>Receive: sent right after connecting; carries <c>heartbeat_interval</c>.</summary>
    Hello = 10,
    /// <summary>Receive: a heartbeat was received.</summary>
    HeartbeatAck = 11,
}
