using ModelBot.Discord.Gateway.Protocol;

namespace ModelBot.Discord.Gateway.Connection;

/// <summary>How one socket ended and what the shard does next.</summary>
/// <param name="Next">Resume, identify anew, or stop.</param>
/// <param name="CloseCode">The server's close code, if any.</param>
/// <param name="Delay">A wait the protocol asks for before the next connect (INVALID SESSION), beyond backoff.</param>
/// <param name="Shutdown">True when the host is stopping.</param>
public readonly record struct SocketOutcome(GatewayCloseAction Next, int? CloseCode = null, TimeSpan? Delay = null, bool Shutdown = false)
{
    /// <summary>The socket was closed with 1000 because the host stops.</summary>
    public static SocketOutcome Stopping => new(GatewayCloseAction.Stop, GatewayCloseCodes.NormalClosure, Shutdown: true);

    /// <summary>The socket dropped or the client closed it to resume.</summary>
    public static SocketOutcome Resume => new(GatewayCloseAction.Resume);

    /// <summary>The server closed the socket with a code.</summary>
    public static SocketOutcome FromClose(int? closeCode) => new(GatewayCloseCodes.Classify(closeCode), closeCode);
}
