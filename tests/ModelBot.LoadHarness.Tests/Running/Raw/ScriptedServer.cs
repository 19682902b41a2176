using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ModelBot.LoadHarness.Tests.Running.Raw;

/// <summary>
/// A loopback TCP server that reads each HTTP request (head + Content-Length body) and answers with the bytes a
/// script gives for that request number, written in the given pieces, then closes the connection when told to.
/// </summary>
public sealed class ScriptedServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<int, (byte[][] Pieces, bool Close)> _script;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _requests;
    private int _connections;

    /// <summary>Starts answering request n (0-based, over every connection) with <paramref name="script"/>(n).</summary>
    public ScriptedServer(Func<int, (byte[][] Pieces, bool Close)> script)
    {
        _script = script;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>http://127.0.0.1:port/.</summary>
    public Uri Address => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    /// <summary>Requests read so far.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Connections accepted so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Pieces of <paramref name="text"/> cut at <paramref name="cuts"/>.</summary>
    public static byte[][] Split(string text, params int[] cuts)
    {
        var bytes = Encoding.ASCII.GetBytes(text);
        var bounds = cuts.Where(c => c > 0 && c < bytes.Length).Order().Distinct().Prepend(0).Append(bytes.Length).ToArray();
        return [.. bounds.Zip(bounds.Skip(1), (from, to) => bytes[from..to])];
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        var connections = new List<Task>();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var socket = await _listener.AcceptSocketAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
                connections.Add(ServeAsync(socket));
            }
        }
        finally
        {
            await Task.WhenAll(connections).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using var _ = socket;
        socket.NoDelay = true;
        var buffer = new byte[64 * 1024];
        var filled = 0;
        try
        {
            while (true)
            {
                var headEnd = buffer.AsSpan(0, filled).IndexOf("\r\n\r\n"u8);
                var length = headEnd < 0 ? -1 : headEnd + 4 + ContentLength(buffer.AsSpan(0, headEnd));
                if (headEnd < 0 || filled < length)
                {
                    var read = await socket.ReceiveAsync(buffer.AsMemory(filled), SocketFlags.None, _stop.Token);
                    if (read == 0)
                    {
                        return;
                    }
                    filled += read;
                    continue;
                }
                buffer.AsSpan(length, filled - length).CopyTo(buffer);
                filled -= length;
                var (pieces, close) = _script(Interlocked.Increment(ref _requests) - 1);
                foreach (var piece in pieces)
                {
                    await socket.SendAsync(piece, SocketFlags.None, _stop.Token);
                    await Task.Yield(); // separate writes, so the client sees separate reads more often than not
                }
                if (close)
                {
                    socket.Shutdown(SocketShutdown.Both);
                    return;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException)
        {
        }
    }

    private static int ContentLength(ReadOnlySpan<byte> head)
    {
        var text = Encoding.ASCII.GetString(head);
        var line = text.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        return line is null ? 0 : int.Parse(line["Content-Length:".Length..].Trim());
    }
}
