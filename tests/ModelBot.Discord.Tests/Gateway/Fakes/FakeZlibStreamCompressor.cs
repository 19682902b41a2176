using System.IO.Compression;

namespace ModelBot.Discord.Tests.Gateway.Fakes;

/// <summary>
/// The gateway's side of zlib-stream: one deflate stream for the whole connection, flushed after every message,
/// so each message ends with the Z_SYNC_FLUSH suffix 00 00 FF FF and depends on the ones before it.
/// </summary>
internal sealed class FakeZlibStreamCompressor : IDisposable
{
    private readonly MemoryStream _output = new();
    private readonly ZLibStream _zlib;

    public FakeZlibStreamCompressor() => _zlib = new ZLibStream(_output, CompressionLevel.Optimal, leaveOpen: true);

    /// <summary>Compresses one message and returns the bytes to send for it.</summary>
    public byte[] Compress(ReadOnlySpan<byte> message)
    {
        _zlib.Write(message);
        _zlib.Flush();
        var bytes = _output.ToArray();
        _output.SetLength(0);
        return bytes;
    }

    public void Dispose()
    {
        _zlib.Dispose();
        _output.Dispose();
    }
}
