using System.Buffers;
using System.Text;

namespace ModelBot.Core.Loading;

/// <summary>
/// A file's text in a buffer rented from the shared pool and returned on dispose: reading a hundred results files of
/// a large dataset then allocates no large strings, which the GC would keep until a full collection.
/// </summary>
internal sealed class PooledText : IDisposable
{
    private char[]? _buffer;
    private readonly int _length;

    private PooledText(char[] buffer, int length) => (_buffer, _length) = (buffer, length);

    /// <summary>The text.</summary>
    public ReadOnlySpan<char> Span => _buffer.AsSpan(0, _length);

    /// <summary>The text of the file at <paramref name="path"/> (UTF-8 unless a byte order mark says otherwise), or null when it cannot be read whole.</summary>
    public static PooledText? Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            // No more characters than bytes in UTF-8; UTF-16 and UTF-32 files have fewer still.
            var buffer = ArrayPool<char>.Shared.Rent((int)Math.Min(int.MaxValue - 64, stream.Length + 1));
            var length = reader.ReadBlock(buffer, 0, buffer.Length);
            if (length == buffer.Length)
            {
                // The file grew while it was read (an editor saving it): the caller reads it the usual way.
                ArrayPool<char>.Shared.Return(buffer);
                return null;
            }

            return new PooledText(buffer, length);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
