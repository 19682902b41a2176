using System.Net.WebSockets;

namespace ModelBot.Slack.SocketMode;

/// <summary>Connects a WebSocket to a Socket Mode URL; tests substitute a factory that reaches a fake server on loopback.</summary>
public interface ISocketModeSocketFactory
{
    /// <summary>Opens a connected WebSocket to <paramref name="url"/>.</summary>
    Task<WebSocket> ConnectAsync(Uri url, CancellationToken cancellationToken);
}
