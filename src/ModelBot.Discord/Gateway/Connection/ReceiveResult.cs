using ModelBot.Discord.Gateway.Protocol;

namespace ModelBot.Discord.Gateway.Connection;

/// <summary>
/// One receive: a payload; or the end of the socket with its close code (null when it simply dropped); or a
/// <see cref="ReceiveFailure"/> after which the client must drop the socket itself.
/// </summary>
/// <param name="Payload">The payload, when the socket is still open.</param>
/// <param name="CloseCode">Close code sent by the server, or null.</param>
/// <param name="Failure">Why the client cannot go on reading this socket, if it cannot.</param>
/// <param name="Detail">What went wrong, for the log, with a failure.</param>
public readonly record struct ReceiveResult(GatewayPayload? Payload, int? CloseCode, ReceiveFailure Failure = ReceiveFailure.None, string? Detail = null)
{
    /// <summary>True when the socket ended (closed by the server or dropped).</summary>
    public bool IsClosed => Payload is null && Failure == ReceiveFailure.None;

    /// <summary>True when the client must drop the socket (too large a message, corrupt compressed data).</summary>
    public bool IsFailed => Failure != ReceiveFailure.None;

    /// <summary>A message larger than <paramref name="limit"/>.</summary>
    public static ReceiveResult TooLarge(int limit) =>
        new(null, null, ReceiveFailure.TooLarge, $"message exceeded {limit} bytes");

    /// <summary>Compressed data that does not inflate.</summary>
    public static ReceiveResult CorruptCompression(string detail) =>
        new(null, null, ReceiveFailure.CorruptCompression, detail);
}
