namespace ModelBot.Discord.Gateway.Protocol;

/// <summary>Data of opcode 10 HELLO.</summary>
/// <param name="HeartbeatInterval">Milliseconds between heartbeats.</param>
public sealed record Hello(int HeartbeatInterval);
