using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace ModelBot.Slack.Tests.Support;

/// <summary>The server side of one Socket Mode WebSocket in the fake Slack server.</summary>
internal sealed class FakeSocketSession
{
    private readonly WebSocket _socket;
    private readonly HttpContext _context;
    private readonly Channel<string> _received = Channel.CreateUnbounded<string>();
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Action<string> _timeline;

    public FakeSocketSession(int number, WebSocket socket, HttpContext context, Action<string> timeline)
    {
        Number = number;
        _socket = socket;
        _context = context;
        _timeline = timeline;
    }

    public int Number { get; }

    /// <summary>Completes when the client closed the socket or it dropped.</summary>
    public Task Done => _done.Task;

    public Task SendAsync(string json) => _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SendFragmentAsync(string json) => _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, false, CancellationToken.None);

    /// <summary>Sends raw bytes in a text frame (they need not be valid UTF-8).</summary>
    public Task SendRawTextAsync(byte[] bytes) => _socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SendBinaryAsync(byte[] bytes) => _socket.SendAsync(bytes, WebSocketMessageType.Binary, true, CancellationToken.None);

    public Task HelloAsync() => SendAsync("""{"type":"hello","num_connections":1,"debug_info":{"host":"fake"},"connection_info":{"app_id":"A1"}}""");

    public Task DisconnectAsync(string reason) => SendAsync($$$"""{"type":"disconnect","reason":"{{{reason}}}","debug_info":{"host":"fake"}}""");

    /// <summary>The next text message from the client (an ack), or null when the socket closed.</summary>
    public async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _received.Reader.ReadAsync(cancellationToken);
        }
        catch (ChannelClosedException)
        {
            return null;
        }
    }

    /// <summary>Drops the TCP connection without a close handshake.</summary>
    public void Drop()
    {
        _timeline($"drop {Number}");
        _context.Abort();
    }

    public async Task RunAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var text = new StringBuilder();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        _timeline($"closed {Number}");
                        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                        return;
                    }
                    text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
                }
                while (!result.EndOfMessage);
                _received.Writer.TryWrite(text.ToString());
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException or ConnectionAbortedException)
        {
        }
        finally
        {
            _received.Writer.TryComplete();
            _done.TrySetResult();
        }
    }
}
