using System.IO.Compression;

namespace ModelBot.Discord.Gateway.Connection;

/// <summary>
/// The zlib-stream context of one gateway connection. Compressed bytes are collected (bounded) until they end
/// with the Z_SYNC_FLUSH suffix <c>00 00 FF FF</c>; then they are inflated, through the one inflater the
/// connection keeps, into a bounded output buffer. A new connection (resume included) gets a new inflater.
/// </summary>
internal sealed class ZlibStreamInflater : IDisposable
{
    private readonly InflaterInput _input = new();
    private readonly ZLibStream _zlib;

    /// <summary>Creates a context that collects up to <paramref name="maxCompressedBytes"/> per message.</summary>
    public ZlibStreamInflater(int maxCompressedBytes)
    {
        Compressed = new BoundedMessageBuffer(maxCompressedBytes);
        _zlib = new ZLibStream(_input, CompressionMode.Decompress, leaveOpen: true);
    }

    /// <summary>Where received compressed bytes go; may hold several WebSocket messages until the suffix arrives.</summary>
    public BoundedMessageBuffer Compressed { get; }

    /// <summary>True when the collected bytes end a gateway message (they end with <c>00 00 FF FF</c>).</summary>
    public bool HasCompleteMessage => Compressed.Written.Span.EndsWith(SyncFlushSuffix);

    private static ReadOnlySpan<byte> SyncFlushSuffix => [0x00, 0x00, 0xFF, 0xFF];

    /// <summary>
    /// Inflates the collected bytes into <paramref name="output"/> (reset first) and empties the collection.
    /// Stops as soon as <paramref name="output"/> goes over its limit (a decompression bomb costs at most the
    /// limit); then <see cref="BoundedMessageBuffer.IsOverLimit"/> is true and the context must be dropped.
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not a valid continuation of this zlib stream.</exception>
    public void InflateInto(BoundedMessageBuffer output)
    {
        output.Reset();
        _input.Feed(Compressed.Written);
        try
        {
            while (!output.IsOverLimit)
            {
                var read = _zlib.Read(output.GetMemory().Span);
                if (read == 0)
                {
                    break;
                }

                output.Advance(read);
            }
        }
        finally
        {
            _input.Feed(ReadOnlyMemory<byte>.Empty);
            Compressed.Reset();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _zlib.Dispose();
        _input.Dispose();
    }
}
