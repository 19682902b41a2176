using System.Buffers;
using System.IO.Pipelines;
using System.Text;

namespace ModelBot.Discord.Security;

/// <summary>
/// The message Discord signs, read once into one pooled buffer: the timestamp's bytes followed by the raw body, so the
/// signature is checked without copying and the body is parsed from the same bytes. Return it with <see cref="Dispose"/>.
/// </summary>
public sealed class SignedRequestBody : IDisposable
{
    private byte[]? _buffer;
    private readonly int _timestampLength;
    private readonly int _length;

    private SignedRequestBody(byte[] buffer, int timestampLength, int length)
    {
        _buffer = buffer;
        _timestampLength = timestampLength;
        _length = length;
    }

    /// <summary>Timestamp then body: what the signature covers.</summary>
    public ReadOnlySpan<byte> SignedMessage => Buffer.AsSpan(0, _length);

    /// <summary>The raw body bytes.</summary>
    public ReadOnlySpan<byte> Body => Buffer.AsSpan(_timestampLength, _length - _timestampLength);

    private byte[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(SignedRequestBody));

    /// <summary>
    /// Reads <paramref name="reader"/> to the end after the timestamp, at most <paramref name="maxBodyBytes"/> bytes.
    /// </summary>
    /// <returns>The body, or null with <see cref="SignedBodyReadStatus.TooLarge"/>.</returns>
    public static async ValueTask<(SignedRequestBody? Body, SignedBodyReadStatus Status)> ReadAsync(
        PipeReader reader, string timestamp, long? contentLength, int maxBodyBytes, CancellationToken cancellationToken)
    {
        if (contentLength > maxBodyBytes)
        {
            return (null, SignedBodyReadStatus.TooLarge);
        }
        var timestampLength = Encoding.UTF8.GetByteCount(timestamp);
        var initial = timestampLength + (int)(contentLength ?? 4096);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initial, 256));
        var length = Encoding.UTF8.GetBytes(timestamp, buffer);
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(cancellationToken);
                var sequence = result.Buffer;
                var bodyLength = length - timestampLength + sequence.Length;
                if (bodyLength > maxBodyBytes)
                {
                    reader.AdvanceTo(sequence.End);
                    ArrayPool<byte>.Shared.Return(buffer);
                    return (null, SignedBodyReadStatus.TooLarge);
                }
                if (length + sequence.Length > buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Max(buffer.Length * 2L, length + sequence.Length));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                sequence.CopyTo(buffer.AsSpan(length));
                length += (int)sequence.Length;
                reader.AdvanceTo(sequence.End);
                if (result.IsCompleted || result.IsCanceled)
                {
                    return (new SignedRequestBody(buffer, timestampLength, length), SignedBodyReadStatus.Complete);
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, null);
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
