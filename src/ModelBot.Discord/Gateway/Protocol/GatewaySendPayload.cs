namespace ModelBot.Discord.Gateway.Protocol;

/// <summary>A payload the client sends: opcode and data.</summary>
/// <typeparam name="TData">The data object (<see cref="Identify"/>, <see cref="Resume"/>, or the sequence for a heartbeat).</typeparam>
public sealed record GatewaySendPayload<TData>(GatewayOpcode Op, TData D);
