using ModelBot.Discord.Gateway.Protocol;

namespace ModelBot.Discord.Gateway.Connection;

/// <summary>One receive: a payload, or the end of the socket with its close code (null when it simply dropped).</summary>
/// <param name="Payload">The payload, when the socket is still open.</param>
/// <param name="CloseCode">Close code sent by the server, or null.</param>
public readonly record struct ReceiveResult(GatewayPayload? Payload, int? CloseCode)
{
    /// <summary>True when the socket ended.</summary>
    public bool IsClosed => Payload is null;
}
