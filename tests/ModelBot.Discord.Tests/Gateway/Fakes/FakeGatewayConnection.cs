using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace ModelBot.Discord.Tests.Gateway.Fakes;

/// <summary>One client socket on the fake gateway: what the client sent, and levers to misbehave.</summary>
internal sealed class FakeGatewayConnection(FakeDiscordGateway gateway, HttpContext context, WebSocket socket, TimeProvider time)
{
    private readonly List<ClientFrame> _frames = [];
    private readonly List<(int Op, int Occurrence, TaskCompletionSource<ClientFrame> Done)> _waiters = [];
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<int?> _clientClose = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private readonly FakeZlibStreamCompressor? _compressor =
        context.Request.Query["compress"] == "zlib-stream" ? new FakeZlibStreamCompressor() : null;
    private bool _finished;

    /// <summary>"/gateway" or "/resume".</summary>
    public string Path { get; } = context.Request.Path;

    /// <summary>The query string the client connected with.</summary>
    public string Query { get; } = context.Request.QueryString.Value ?? "";

    /// <summary>The session this connection identified or resumed into.</summary>
    public FakeGatewaySession? Session { get; private set; }

    /// <summary>Close status the client sent, or null when the socket just ended.</summary>
    public Task<int?> ClientClose => _clientClose.Task;

    /// <summary>Everything received so far.</summary>
    public IReadOnlyList<ClientFrame> Frames
    {
        get
        {
            lock (_gate)
            {
                return _frames.ToArray();
            }
        }
    }

    /// <summary>The <paramref name="occurrence"/>-th frame (1-based) with opcode <paramref name="op"/>.</summary>
    public Task<ClientFrame> WaitForAsync(int op, int occurrence = 1)
    {
        lock (_gate)
        {
            var match = _frames.Where(f => f.Op == op).Skip(occurrence - 1).FirstOrDefault();
            if (match is not null)
            {
                return Task.FromResult(match);
            }

            var done = new TaskCompletionSource<ClientFrame>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((op, occurrence, done));
            return done.Task;
        }
    }

    /// <summary>True when the client connected with <c>compress=zlib-stream</c>: every message is sent compressed, as binary.</summary>
    public bool Compressed => _compressor is not null;

    /// <summary>Sends JSON as the connection's encoding says: a text frame, or zlib-stream compressed in a binary frame.</summary>
    public Task<bool> SendAsync(string json) => SendCoreAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, compress: true);

    /// <summary>Sends raw bytes as one text or binary message, never compressed (text need not be valid UTF-8).</summary>
    public Task<bool> SendRawAsync(byte[] bytes, WebSocketMessageType type) => SendCoreAsync(bytes, type, compress: false);

    private async Task<bool> SendCoreAsync(byte[] bytes, WebSocketMessageType type, bool compress)
    {
        await _sendLock.WaitAsync();
        try
        {
            // Compress under the send lock: the shared deflate stream must see messages in the order they are sent.
            if (compress && _compressor is { } compressor)
            {
                bytes = compressor.Compress(bytes);
                type = WebSocketMessageType.Binary;
            }

            await socket.SendAsync(bytes, type, true, CancellationToken.None);
            return true;
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            return false;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Starts a message that never ends: 64 KiB fragments until <paramref name="maxBytes"/> were sent or the client
    /// cut the connection, and no final fragment ever. Nothing else is sent meanwhile (WebSocket forbids
    /// interleaving another message with a fragmented one).
    /// </summary>
    public async Task SendUnfinishedMessageAsync(WebSocketMessageType type, long maxBytes)
    {
        var fragment = new byte[64 * 1024];
        fragment.AsSpan().Fill((byte)'a');
        long sent = 0;
        await _sendLock.WaitAsync();
        try
        {
            // Kestrel quietly discards writes after the client cut the connection; RequestAborted says it happened.
            while (sent < maxBytes && !context.RequestAborted.IsCancellationRequested)
            {
                await socket.SendAsync(fragment, type, endOfMessage: false, context.RequestAborted);
                sent += fragment.Length;
            }
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or OperationCanceledException or IOException or ConnectionAbortedException or ConnectionResetException)
        {
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends a dispatch; the chaos lever may drop the socket right after.</summary>
    public async Task<bool> TrySendDispatchAsync(string json)
    {
        var sent = await SendAsync(json);
        if (sent && gateway.ShouldDropAfterDispatch())
        {
            Abort();
            return false;
        }

        return sent;
    }

    /// <summary>Closes with a close code, as Discord does.</summary>
    public async Task CloseAsync(int code)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, "fake", CancellationToken.None);
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or IOException)
        {
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Abort()
    {
        lock (_gate)
        {
            if (!_finished)
            {
                context.Abort();
            }
        }
    }

    /// <summary>Speaks the gateway protocol until the socket ends; <paramref name="sendHello"/> false opens with silence.</summary>
    public async Task RunAsync(bool sendHello)
    {
        if (sendHello)
        {
            await SendAsync($$"""{"op":10,"d":{"heartbeat_interval":{{gateway.HeartbeatIntervalMs}}},"s":null,"t":null}""");
        }

        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var count = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None);
                    count += result.Count;
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _clientClose.TrySetResult((int?)socket.CloseStatus);
                    await CloseAsync((int)(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure));
                    return;
                }

                using var document = JsonDocument.Parse(buffer.AsMemory(0, count));
                var frame = new ClientFrame(document.RootElement.GetProperty("op").GetInt32(), document.RootElement.GetProperty("d").Clone(), time.GetUtcNow());
                await RespondAsync(frame);
                Record(frame);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException or ConnectionAbortedException)
        {
            _clientClose.TrySetResult(null);
        }
        finally
        {
            lock (_gate)
            {
                _finished = true;
            }

            Session?.Detach(this);
            _clientClose.TrySetResult(null);
        }
    }

    private async Task RespondAsync(ClientFrame frame)
    {
        switch (frame.Op)
        {
            case 1 when gateway.AckHeartbeats:
                await SendAsync("""{"op":11}""");
                break;
            case 2:
                var shard = frame.D.GetProperty("shard");
                Session = gateway.CreateSession(shard[0].GetInt32(), shard[1].GetInt32());
                await Session.AttachAsync(this);
                await Session.PublishAsync("READY", $$"""{"v":10,"session_id":"{{Session.Id}}","resume_gateway_url":"{{gateway.ResumeUrl}}","shard":[{{Session.ShardId}},{{Session.ShardCount}}],"user":{"id":"1","username":"modelbot"},"guilds":[]}""");
                break;
            case 6 when !gateway.AnswerResumes:
                break;
            case 6:
                var session = gateway.FindSession(frame.D.GetProperty("session_id").GetString()!);
                if (session is null || !await session.ResumeAsync(this, frame.D.GetProperty("seq").GetInt64()))
                {
                    await SendAsync("""{"op":9,"d":false}""");
                    break;
                }

                Session = session;
                break;
        }
    }

    private void Record(ClientFrame frame)
    {
        List<TaskCompletionSource<ClientFrame>> ready = [];
        lock (_gate)
        {
            _frames.Add(frame);
            var seen = _frames.Count(f => f.Op == frame.Op);
            foreach (var waiter in _waiters.Where(w => w.Op == frame.Op && w.Occurrence == seen).ToArray())
            {
                _waiters.Remove(waiter);
                ready.Add(waiter.Done);
            }
        }

        foreach (var done in ready)
        {
            done.TrySetResult(frame);
        }
    }
}
