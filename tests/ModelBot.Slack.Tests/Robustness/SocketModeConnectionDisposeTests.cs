using System.Net.WebSockets;
using Microsoft.Extensions.Time.Testing;
using ModelBot.Slack.SocketMode;

namespace ModelBot.Slack.Tests.Robustness;

/// <summary>
/// Found by the Socket Mode frame fuzzer (a host that sometimes took its whole 30 s shutdown limit to stop): acks still
/// waiting to send when a hostile frame got the socket replaced must finish (false: not sent), not wait forever.
/// </summary>
public class SocketModeConnectionDisposeTests
{
    [Fact]
    public async Task DisposeAsync_AcksWaitingToSend_AllFinishUnsent()
    {
        var socket = new StalledWebSocket();
        var connection = new SocketModeConnection(1, socket, new FakeTimeProvider());
        var sending = connection.SendAsync(new SocketModeAck("env-1"), TestContext.Current.CancellationToken);
        await socket.SendStarted.Task.WaitAsync(TestContext.Current.CancellationToken);
        var waiting = connection.SendAsync(new SocketModeAck("env-2"), TestContext.Current.CancellationToken);

        await connection.DisposeAsync();

        // No time limit of its own: without the fix the second ack waits for a gate nobody releases, and the run's
        // cancellation ends it as a failure.
        (await sending.WaitAsync(TestContext.Current.CancellationToken)).ShouldBeFalse();
        (await waiting.WaitAsync(TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    /// <summary>A socket whose sends never complete until it is aborted (a peer that stopped reading).</summary>
    private sealed class StalledWebSocket : WebSocket
    {
        private readonly TaskCompletionSource _aborted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private WebSocketState _state = WebSocketState.Open;

        public TaskCompletionSource SendStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override WebSocketCloseStatus? CloseStatus => null;

        public override string? CloseStatusDescription => null;

        public override WebSocketState State => _state;

        public override string? SubProtocol => null;

        public override void Abort()
        {
            _state = WebSocketState.Aborted;
            _aborted.TrySetResult();
        }

        public override Task CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) => Task.CompletedTask;

        public override Task CloseOutputAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) => Task.CompletedTask;

        public override void Dispose() => _state = WebSocketState.Closed;

        public override Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken cancellationToken) =>
            Task.FromException<WebSocketReceiveResult>(new WebSocketException("not used"));

        public override async Task SendAsync(ArraySegment<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken)
        {
            SendStarted.TrySetResult();
            await _aborted.Task.WaitAsync(cancellationToken);
            throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely);
        }
    }
}
