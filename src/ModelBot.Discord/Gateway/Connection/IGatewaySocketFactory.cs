using System.Net.WebSockets;

namespace ModelBot.Discord.Gateway.Connection;

/// <summary>Opens the WebSocket for one gateway connection (replaceable so tests and probes can observe connects).</summary>
public interface IGatewaySocketFactory
{
    /// <summary>Connects to <paramref name="uri"/> and returns the open socket.</summary>
    Task<WebSocket> ConnectAsync(Uri uri, CancellationToken cancellationToken);
}
