namespace ModelBot.Discord.Gateway.Connection;

/// <summary>
/// The compressed side of a connection's zlib context: a read-only stream that hands out the bytes fed to it
/// and then reports "no more for now" (0). DeflateStream treats that as a pause, not an end, so one stream
/// (and its 32 KiB window) lives across all messages of the connection, as zlib-stream requires.
/// </summary>
internal sealed class InflaterInput : Stream
{
    private ReadOnlyMemory<byte> _pending;

    /// <summary>Bytes fed but not yet read by the inflater.</summary>
    public int Remaining => _pending.Length;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Makes <paramref name="compressed"/> the next bytes to read; the caller keeps it alive until they are read.</summary>
    public void Feed(ReadOnlyMemory<byte> compressed) => _pending = compressed;

    public override int Read(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _pending.Length);
        _pending.Span[..count].CopyTo(buffer);
        _pending = _pending[count..];
        return count;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
