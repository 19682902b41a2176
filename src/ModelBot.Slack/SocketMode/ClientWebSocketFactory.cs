using System.Net.WebSockets;
using Microsoft.Extensions.Options;
using ModelBot.Slack.Options;

namespace ModelBot.Slack.SocketMode;

/// <summary>The production <see cref="ISocketModeSocketFactory"/>: a <see cref="ClientWebSocket"/> that pings and aborts when a ping goes unanswered.</summary>
public sealed class ClientWebSocketFactory : ISocketModeSocketFactory
{
    private readonly TimeSpan _pingInterval;

    /// <summary>Creates the factory with <see cref="SlackSocketModeOptions.PingInterval"/>.</summary>
    public ClientWebSocketFactory(IOptions<SlackOptions> options) => _pingInterval = options.Value.SocketMode.PingInterval;

    /// <inheritdoc />
    public async Task<WebSocket> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = _pingInterval;
        socket.Options.KeepAliveTimeout = _pingInterval;
        try
        {
            await socket.ConnectAsync(url, cancellationToken);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
