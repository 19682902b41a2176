using System.Buffers;
using System.IO.Pipelines;

namespace ModelBot.LoadHarness.Bare;

/// <summary>A request body read whole into a pooled buffer after a caller-chosen prefix (what the signature covers).</summary>
public sealed class PooledBody : IDisposable
{
    private byte[]? _buffer;

    private PooledBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    /// <summary>Bytes in use: the prefix, then the body.</summary>
    public int Length { get; }

    /// <summary>The prefix followed by the body.</summary>
    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    /// <summary>Reads the whole body after <paramref name="prefix"/>; null when it exceeds <paramref name="maxBytes"/>.</summary>
    public static async ValueTask<PooledBody?> ReadAsync(PipeReader reader, ReadOnlyMemory<byte> prefix, int maxBytes, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (buffer.Length > maxBytes)
            {
                reader.AdvanceTo(buffer.End);
                return null;
            }
            if (read.IsCompleted || read.IsCanceled)
            {
                var length = prefix.Length + (int)buffer.Length;
                var pooled = ArrayPool<byte>.Shared.Rent(length);
                prefix.Span.CopyTo(pooled);
                buffer.CopyTo(pooled.AsSpan(prefix.Length));
                reader.AdvanceTo(buffer.End);
                return new PooledBody(pooled, length);
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
