namespace ModelBot.Discord.Gateway.Connection;

/// <summary>
/// Collects one message at a time and refuses to grow past <see cref="MaxBytes"/>: it holds at most one byte more
/// than the limit, which is how an over-limit message is detected without reading the rest of it. After a large
/// message the big array is let go, so a long-lived connection does not keep megabytes for its lifetime.
/// </summary>
internal sealed class BoundedMessageBuffer
{
    /// <summary>The array a buffer starts with and returns to after a large message.</summary>
    public const int InitialCapacity = 16 * 1024;

    /// <summary>Arrays up to this size are kept between messages; larger ones are released after their message.</summary>
    public const int RetainedCapacity = 64 * 1024;

    /// <summary>Smallest free space handed out for a receive (fewer only when the limit is near).</summary>
    private const int MinimumReceiveSize = 4 * 1024;

    private byte[] _buffer = new byte[InitialCapacity];
    private int _count;

    /// <summary>Creates a buffer that accepts messages of up to <paramref name="maxBytes"/> bytes.</summary>
    public BoundedMessageBuffer(int maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        MaxBytes = maxBytes;
    }

    /// <summary>The largest message accepted.</summary>
    public int MaxBytes { get; }

    /// <summary>Bytes collected so far.</summary>
    public int Count => _count;

    /// <summary>Size of the array currently held (what the buffer costs in memory).</summary>
    public int Capacity => _buffer.Length;

    /// <summary>True once more than <see cref="MaxBytes"/> bytes were written: the message is refused.</summary>
    public bool IsOverLimit => _count > MaxBytes;

    /// <summary>The bytes collected so far.</summary>
    public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, _count);

    /// <summary>
    /// Free space to write into, growing the array by doubling but never past <see cref="MaxBytes"/> + 1.
    /// Empty once the buffer is over the limit.
    /// </summary>
    public Memory<byte> GetMemory()
    {
        var ceiling = MaxBytes + 1;
        if (_count >= ceiling)
        {
            return Memory<byte>.Empty;
        }

        if (_buffer.Length - _count < MinimumReceiveSize && _buffer.Length < ceiling)
        {
            var grown = (int)Math.Min(ceiling, Math.Max((long)_buffer.Length * 2, (long)_count + MinimumReceiveSize));
            Array.Resize(ref _buffer, grown);
        }

        return _buffer.AsMemory(_count, Math.Min(_buffer.Length, ceiling) - _count);
    }

    /// <summary>Records that <paramref name="count"/> bytes were written into the last <see cref="GetMemory"/>.</summary>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _count);
        _count += count;
    }

    /// <summary>Empties the buffer for the next message; an array grown past <see cref="RetainedCapacity"/> is released.</summary>
    public void Reset()
    {
        _count = 0;
        if (_buffer.Length > RetainedCapacity)
        {
            _buffer = new byte[InitialCapacity];
        }
    }
}
