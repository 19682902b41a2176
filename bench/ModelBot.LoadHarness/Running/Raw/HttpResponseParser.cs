using System.Buffers.Text;
using System.Text;

namespace ModelBot.LoadHarness.Running.Raw;

/// <summary>
/// A strict HTTP/1.x response parser for the load client: status line, headers (Content-Length, Transfer-Encoding:
/// chunked, Connection), body. It works on the bytes read so far and never allocates, so a response split over any
/// number of reads parses the same as one read in one piece.
/// </summary>
public static class HttpResponseParser
{
    /// <summary>Longest status line + headers accepted.</summary>
    public const int MaxHeaderBytes = 16 * 1024;

    private const int MaxChunkLineBytes = 1024;

    private static ReadOnlySpan<byte> Crlf => "\r\n"u8;

    private static ReadOnlySpan<byte> VersionPrefix => "HTTP/1."u8;

    private enum ChunkStep
    {
        Data,
        Last,
        Incomplete,
        Invalid,
    }

    /// <summary>
    /// Parses the response at the start of <paramref name="data"/>; <paramref name="endOfStream"/> says the peer has
    /// closed, so a body without a length ends here and anything unfinished is <see cref="ResponseParse.Invalid"/>.
    /// </summary>
    public static ResponseParse TryParse(ReadOnlySpan<byte> data, bool endOfStream, out HttpResponseFrame frame)
    {
        frame = default;
        // Garbage is recognised at once rather than after a timeout: the first bytes must be "HTTP/1.".
        var prefix = Math.Min(data.Length, VersionPrefix.Length);
        if (!data[..prefix].SequenceEqual(VersionPrefix[..prefix]))
        {
            return ResponseParse.Invalid;
        }
        var headEnd = data.IndexOf("\r\n\r\n"u8);
        if (headEnd < 0)
        {
            return endOfStream || data.Length > MaxHeaderBytes ? ResponseParse.Invalid : ResponseParse.Incomplete;
        }
        if (headEnd > MaxHeaderBytes)
        {
            return ResponseParse.Invalid;
        }
        var head = data[..(headEnd + 2)]; // every line with its CRLF
        var statusEnd = head.IndexOf(Crlf);
        if (!TryStatusLine(head[..statusEnd], out var status, out var keepAlive))
        {
            return ResponseParse.Invalid;
        }
        long? contentLength = null;
        var chunked = false;
        var otherCoding = false;
        var rest = head[(statusEnd + 2)..];
        while (!rest.IsEmpty)
        {
            var lineEnd = rest.IndexOf(Crlf);
            var line = rest[..lineEnd];
            rest = rest[(lineEnd + 2)..];
            var colon = line.IndexOf((byte)':');
            if (colon <= 0 || line[..colon].IndexOfAny((byte)' ', (byte)'\t') >= 0)
            {
                return ResponseParse.Invalid; // no name, whitespace in the name, or obsolete line folding
            }
            var name = line[..colon];
            var value = line[(colon + 1)..].Trim(" \t"u8);
            if (Ascii.EqualsIgnoreCase(name, "Content-Length"u8))
            {
                if (!Utf8Parser.TryParse(value, out long length, out var used) || used != value.Length || length < 0 || (contentLength is { } seen && seen != length))
                {
                    return ResponseParse.Invalid;
                }
                contentLength = length;
            }
            else if (Ascii.EqualsIgnoreCase(name, "Transfer-Encoding"u8))
            {
                chunked = EndsWithToken(value, "chunked"u8);
                otherCoding = !chunked;
            }
            else if (Ascii.EqualsIgnoreCase(name, "Connection"u8))
            {
                keepAlive = HasToken(value, "close"u8) ? false : keepAlive || HasToken(value, "keep-alive"u8);
            }
        }

        var bodyStart = headEnd + 4;
        var available = data.Length - bodyStart;
        if (status is 204 or 304)
        {
            frame = new HttpResponseFrame(status, keepAlive, bodyStart, bodyStart, 0, false);
            return ResponseParse.Complete;
        }
        if (chunked)
        {
            var position = bodyStart;
            while (true)
            {
                switch (NextChunk(data, ref position, out _, out _))
                {
                    case ChunkStep.Data:
                        continue;
                    case ChunkStep.Last:
                        // A length beside chunked is a framing conflict: trust chunked, but do not reuse the connection.
                        frame = new HttpResponseFrame(status, keepAlive && contentLength is null, position, bodyStart, position - bodyStart, true);
                        return ResponseParse.Complete;
                    case ChunkStep.Incomplete:
                        return endOfStream ? ResponseParse.Invalid : ResponseParse.Incomplete;
                    default:
                        return ResponseParse.Invalid;
                }
            }
        }
        if (contentLength is { } declared && !otherCoding)
        {
            if (available < declared)
            {
                return endOfStream ? ResponseParse.Invalid : ResponseParse.Incomplete;
            }
            frame = new HttpResponseFrame(status, keepAlive, bodyStart + (int)declared, bodyStart, (int)declared, false);
            return ResponseParse.Complete;
        }
        // No length: the body lasts until the server closes the connection.
        if (!endOfStream)
        {
            return ResponseParse.Incomplete;
        }
        frame = new HttpResponseFrame(status, false, data.Length, bodyStart, available, false);
        return ResponseParse.Complete;
    }

    /// <summary>
    /// The body of <paramref name="frame"/>, parsed from <paramref name="message"/>; a chunked body is decoded in place
    /// (the chunks are moved together over their size lines), so this is called once per response.
    /// </summary>
    public static Span<byte> Body(Span<byte> message, in HttpResponseFrame frame)
    {
        if (!frame.Chunked)
        {
            return message.Slice(frame.BodyStart, frame.BodyLength);
        }
        var position = frame.BodyStart;
        var written = frame.BodyStart;
        // Each chunk moves to a lower or equal offset, never over a size line still to be read.
        while (NextChunk(message, ref position, out var offset, out var size) == ChunkStep.Data)
        {
            message.Slice(offset, size).CopyTo(message[written..]);
            written += size;
        }
        return message[frame.BodyStart..written];
    }

    private static bool TryStatusLine(ReadOnlySpan<byte> line, out int status, out bool keepAlive)
    {
        status = 0;
        keepAlive = false;
        // "HTTP/1.1 200 OK": version, space, three digits, then the end or a space and a reason phrase.
        if (line.Length < 12 || line[7] is not ((byte)'0' or (byte)'1') || line[8] != ' ' || (line.Length > 12 && line[12] != ' '))
        {
            return false;
        }
        var code = line.Slice(9, 3);
        if (!char.IsAsciiDigit((char)code[0]) || !char.IsAsciiDigit((char)code[1]) || !char.IsAsciiDigit((char)code[2]))
        {
            return false;
        }
        status = ((code[0] - '0') * 100) + ((code[1] - '0') * 10) + (code[2] - '0');
        keepAlive = line[7] == '1';
        // 1xx interim responses only follow requests that ask for them (Expect, Upgrade), which this client never sends.
        return status is >= 200 and <= 599;
    }

    private static ChunkStep NextChunk(ReadOnlySpan<byte> data, ref int position, out int offset, out int size)
    {
        offset = 0;
        size = 0;
        var lineEnd = data[position..].IndexOf(Crlf);
        if (lineEnd < 0)
        {
            return data.Length - position > MaxChunkLineBytes ? ChunkStep.Invalid : ChunkStep.Incomplete;
        }
        var line = data.Slice(position, lineEnd);
        var extension = line.IndexOf((byte)';');
        var digits = (extension >= 0 ? line[..extension] : line).TrimEnd(" \t"u8);
        if (digits.IsEmpty || digits.Length > 7 || !Utf8Parser.TryParse(digits, out size, out var used, 'x') || used != digits.Length)
        {
            return ChunkStep.Invalid; // at most 7 hex digits: a chunk stays under 256 MiB
        }
        offset = position + lineEnd + 2;
        if (size == 0)
        {
            // Trailer fields, then an empty line.
            var cursor = offset;
            while (true)
            {
                var end = data[cursor..].IndexOf(Crlf);
                if (end < 0)
                {
                    return data.Length - cursor > MaxChunkLineBytes ? ChunkStep.Invalid : ChunkStep.Incomplete;
                }
                cursor += end + 2;
                if (end == 0)
                {
                    position = cursor;
                    return ChunkStep.Last;
                }
            }
        }
        if (data.Length - offset < size + 2)
        {
            return ChunkStep.Incomplete;
        }
        if (!data.Slice(offset + size, 2).SequenceEqual(Crlf))
        {
            return ChunkStep.Invalid;
        }
        position = offset + size + 2;
        return ChunkStep.Data;
    }

    private static bool HasToken(ReadOnlySpan<byte> value, ReadOnlySpan<byte> token)
    {
        foreach (var range in value.Split((byte)','))
        {
            if (Ascii.EqualsIgnoreCase(value[range].Trim(" \t"u8), token))
            {
                return true;
            }
        }
        return false;
    }

    private static bool EndsWithToken(ReadOnlySpan<byte> value, ReadOnlySpan<byte> token)
    {
        var comma = value.LastIndexOf((byte)',');
        return Ascii.EqualsIgnoreCase(value[(comma + 1)..].Trim(" \t"u8), token);
    }
}
