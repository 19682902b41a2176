using System.Buffers;
using System.Net.WebSockets;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ModelBot.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: whole-message receives, serialised sends, and <see cref="Ended"/> saying why it must be
/// replaced. Liveness is the socket's own ping/pong (<see cref="ClientWebSocketFactory"/>), not silence: an idle socket
/// is healthy.
/// </summary>
public sealed class SocketModeConnection : IAsyncDisposable
{
    private const int MaxMessageBytes = 4 * 1024 * 1024;

    private readonly WebSocket _socket;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly TaskCompletionSource<ConnectionEnd> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);

    /// <summary>Wraps a connected <paramref name="socket"/>.</summary>
    public SocketModeConnection(int number, WebSocket socket, TimeProvider time)
    {
        Number = number;
        _socket = socket;
        _time = time;
    }

    /// <summary>A number identifying the connection in logs (1, 2, …).</summary>
    public int Number { get; }

    /// <summary>Completes with the reason the connection must be replaced.</summary>
    public Task<ConnectionEnd> Ended => _ended.Task;

    /// <summary>Completes when the <c>hello</c> frame has arrived.</summary>
    public Task Hello => _hello.Task;

    /// <summary>The receive loop's task, once started.</summary>
    public Task Receiving { get; set; } = Task.CompletedTask;

    /// <summary>Records why the connection ends (the first reason wins).</summary>
    public void End(ConnectionEnd reason) => _ended.TrySetResult(reason);

    /// <summary>Marks the <c>hello</c> frame as received.</summary>
    public void HelloReceived() => _hello.TrySetResult();

    /// <summary>Receives the next whole message: its bytes and whether it was text; null when the socket closed or failed.</summary>
    public async Task<(ReadOnlyMemory<byte> Bytes, bool IsText)?> ReceiveAsync(CancellationToken cancellationToken)
    {
        _buffer.ResetWrittenCount();
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(_buffer.GetMemory(8 * 1024), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }
                _buffer.Advance(result.Count);
                if (_buffer.WrittenCount > MaxMessageBytes)
                {
                    return null;
                }
                if (result.EndOfMessage)
                {
                    return (_buffer.WrittenMemory, result.MessageType == WebSocketMessageType.Text);
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            return null;
        }
    }

    /// <summary>Sends <paramref name="ack"/>; false when the socket is gone.</summary>
    public Task<bool> SendAsync(SocketModeAck ack, CancellationToken cancellationToken) =>
        SendAsync(JsonSerializer.SerializeToUtf8Bytes(ack, SocketModeJsonContext.Wire.SocketModeAck), cancellationToken);

    /// <summary>Sends the acknowledgement of <paramref name="envelopeId"/> carrying <paramref name="payloadJson"/> (a reply already serialised) as its payload.</summary>
    public Task<bool> SendAsync(string envelopeId, ReadOnlyMemory<byte> payloadJson, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(payloadJson.Length + 64);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("envelope_id", envelopeId);
            if (!payloadJson.IsEmpty)
            {
                writer.WritePropertyName("payload");
                writer.WriteRawValue(payloadJson.Span, skipInputValidation: true);
            }
            writer.WriteEndObject();
        }
        return SendAsync(buffer.WrittenMemory, cancellationToken);
    }

    private async Task<bool> SendAsync(ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        await _sendGate.WaitAsync(cancellationToken);
        try
        {
            if (_socket.State != WebSocketState.Open)
            {
                return false;
            }
            await _socket.SendAsync(json, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or IOException)
        {
            return false;
        }
        finally
        {
            _sendGate.Release();
        }
    }

    /// <summary>Closes the socket (a close frame, then waits briefly for the receive loop) and releases it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5), _time);
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "replaced", timeout.Token);
                await Receiving.WaitAsync(timeout.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
            {
            }
        }
        _socket.Abort();
        await Receiving.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _socket.Dispose();
        // _sendGate is deliberately not disposed: an ack still waiting for it would never be released (it would hang
        // in the background until the host's shutdown timeout) and the holder's Release would throw. Waiters now get the
        // gate, see the socket is gone and return false. (A SemaphoreSlim without its wait handle holds nothing to free.)
        _ended.TrySetResult(ConnectionEnd.Dropped);
    }
}
