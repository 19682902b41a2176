using System.Net.Sockets;
using System.Text;

namespace ModelBot.Host.Tests.Robustness;

/// <summary>
/// Streams a chunked body over a raw socket while reading the response, so an early refusal is seen even when the
/// server then closes the connection (HttpClient reports only the broken pipe). Counts what was sent by then.
/// </summary>
internal static class RawChunkedUpload
{
    /// <summary>The response's status code and how many body bytes had been written when it arrived.</summary>
    public static async Task<(int Status, long Written)> SendAsync(Uri server, string path, IEnumerable<(string Name, string Value)> headers, long limit, CancellationToken cancellation)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, cancellation);
        var stream = client.GetStream();
        var head = new StringBuilder($"POST {path} HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), cancellation);

        using var stopWriting = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        long written = 0;
        var writer = Task.Run(async () =>
        {
            var chunk = Encoding.ASCII.GetBytes("10000\r\n" + new string('a', 0x10000) + "\r\n");
            try
            {
                while (written < limit)
                {
                    await stream.WriteAsync(chunk, stopWriting.Token);
                    Interlocked.Add(ref written, 0x10000);
                }
            }
            catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The server refused and closed, or the response arrived: stop sending.
            }
        }, cancellation);

        var statusLine = await ReadStatusLineAsync(stream, cancellation);
        var sentWhenAnswered = Interlocked.Read(ref written);
        await stopWriting.CancelAsync();
        client.Client.Shutdown(SocketShutdown.Both);
        await writer;
        return (int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), sentWhenAnswered);
    }

    private static async Task<string> ReadStatusLineAsync(NetworkStream stream, CancellationToken cancellation)
    {
        var line = new List<byte>();
        var one = new byte[1];
        while (!(line.Count >= 2 && line[^2] == '\r' && line[^1] == '\n'))
        {
            if (await stream.ReadAsync(one, cancellation) == 0)
            {
                throw new IOException("connection closed before a status line: " + Encoding.ASCII.GetString([.. line]));
            }
            line.Add(one[0]);
        }
        return Encoding.ASCII.GetString([.. line]).TrimEnd();
    }
}
