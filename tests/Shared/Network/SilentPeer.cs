using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace ModelBot.Tests.Network;

/// <summary>
/// A misbehaving WebSocket server on loopback (plain TCP, no TLS): it either accepts connections and never answers
/// the handshake, or completes the handshake, sends one text frame, and then goes silent, answering nothing (not even
/// pings) while keeping the connection open.
/// </summary>
internal sealed class SilentPeer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentBag<TcpClient> _clients = [];
    private readonly string? _firstFrame;
    private readonly Task _accepting;
    private int _accepted;

    private SilentPeer(string? firstFrame)
    {
        _firstFrame = firstFrame;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>Accepts TCP connections and never answers the HTTP upgrade.</summary>
    public static SilentPeer HangingHandshake() => new(null);

    /// <summary>Completes the upgrade, sends <paramref name="firstFrame"/> as a text frame, then says nothing more.</summary>
    public static SilentPeer SilentAfter(string firstFrame) => new(firstFrame);

    /// <summary>ws://127.0.0.1:port/ of the peer.</summary>
    public string Url => $"ws://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";

    /// <summary>Connections accepted so far.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        foreach (var client in _clients)
        {
            client.Dispose();
        }
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _clients.Add(client);
            Interlocked.Increment(ref _accepted);
            if (_firstFrame is not null)
            {
                _ = UpgradeThenSilenceAsync(client.GetStream(), _firstFrame);
            }
        }
    }

    private async Task UpgradeThenSilenceAsync(NetworkStream stream, string firstFrame)
    {
        try
        {
            var request = new StringBuilder();
            var buffer = new byte[1];
            while (!request.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                if (await stream.ReadAsync(buffer, _stop.Token) == 0)
                {
                    return;
                }
                request.Append((char)buffer[0]);
            }
            var key = request.ToString().Split("\r\n").First(line => line.StartsWith("Sec-WebSocket-Key:", StringComparison.OrdinalIgnoreCase))["Sec-WebSocket-Key:".Length..].Trim();
#pragma warning disable CA5350 // RFC 6455 fixes SHA-1 for Sec-WebSocket-Accept; no security rests on it here.
            var accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
#pragma warning restore CA5350
            var response = $"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(response), _stop.Token);
            var payload = Encoding.UTF8.GetBytes(firstFrame);
            // An unmasked FIN text frame (server to client), payloads under 126 bytes.
            await stream.WriteAsync(new byte[] { 0x81, (byte)payload.Length }.Concat(payload).ToArray(), _stop.Token);
            // Then silence: nothing read, nothing answered, the connection held open.
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }
}
