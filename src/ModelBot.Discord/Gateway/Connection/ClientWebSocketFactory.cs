using System.Net.WebSockets;

namespace ModelBot.Discord.Gateway.Connection;

/// <summary>Opens gateway sockets with <see cref="ClientWebSocket"/>.</summary>
public sealed class ClientWebSocketFactory : IGatewaySocketFactory
{
    /// <inheritdoc />
    public async Task<WebSocket> ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            socket.Options.KeepAliveInterval = TimeSpan.Zero;
            await socket.ConnectAsync(uri, cancellationToken);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
