namespace ModelBot.Core.Loading;

/// <summary>
/// Splits a large data file whose root key holds a block list (models.yaml: <c>models:</c> then <c>  - id: …</c>) into
/// pieces of whole items that YAML reads on their own, with every line where it is in the file: each piece after the
/// first is preceded by empty lines and the root key on the line before its first item. The pieces are read in
/// parallel and each one's document tree is dropped once read, instead of one tree of the whole file. Anything the
/// split could get wrong (a second document, tabs, anchors) keeps the file whole; a piece that does not parse sends
/// the loader back to the whole file, for the parser's own message.
/// </summary>
internal static class ListFileSplitter
{
    /// <summary>Files below this size are read whole: splitting would not pay.</summary>
    public const int MinimumLength = 256 * 1024;

    /// <summary>The pieces of <paramref name="text"/>, or null when it is to be read whole.</summary>
    public static IReadOnlyList<ListPiece>? Split(string text, string key, int pieces)
    {
        if (text.Length < MinimumLength || pieces < 2 || text.Contains('\t') || text.Contains('&') && text.Contains('*'))
        {
            return null;
        }

        // Line starts, the root key's line and the lines where an item of its list starts.
        var header = key + ":";
        var keyLine = -1;
        var itemIndent = -1;
        var itemStarts = new List<(int Line, int Offset)>();
        var line = 0;
        for (var offset = 0; offset < text.Length; line++)
        {
            var end = text.IndexOf('\n', offset);
            end = end < 0 ? text.Length : end;
            var content = text.AsSpan(offset, end - offset).TrimEnd('\r');
            if (content.StartsWith("---") || content.StartsWith("..."))
            {
                return null;
            }

            if (keyLine < 0)
            {
                if (content.TrimEnd(' ').SequenceEqual(header))
                {
                    keyLine = line;
                }
            }
            else if (IsItemStart(content, ref itemIndent))
            {
                itemStarts.Add((line, offset));
            }

            offset = end + 1;
        }

        if (keyLine < 0 || itemStarts.Count < pieces)
        {
            return null;
        }

        var split = new List<ListPiece>(pieces);
        var previous = 0;
        for (var piece = 1; piece <= pieces; piece++)
        {
            var next = piece == pieces ? text.Length : itemStarts[(int)((long)itemStarts.Count * piece / pieces)].Offset;
            // After the first, empty lines, then the key on the line before the piece's first item: the lines stay the file's.
            var firstLine = piece == 1 ? 0 : itemStarts[(int)((long)itemStarts.Count * (piece - 1) / pieces)].Line;
            split.Add(new ListPiece(text, piece == 1 ? null : header, Math.Max(0, firstLine - 1), previous, next - previous));
            previous = next;
        }

        return split;
    }

    /// <summary>"  - id: x" (or a lone "  -") at the list's indentation, which the first item sets.</summary>
    private static bool IsItemStart(ReadOnlySpan<char> line, ref int itemIndent)
    {
        var indent = 0;
        while (indent < line.Length && line[indent] == ' ')
        {
            indent++;
        }

        if (indent == line.Length || line[indent] != '-' || (indent + 1 < line.Length && line[indent + 1] != ' '))
        {
            return false;
        }

        if (itemIndent < 0)
        {
            itemIndent = indent;
        }

        return indent == itemIndent;
    }
}

/// <summary>
/// One piece of a list file: <see cref="BlankLines"/> empty lines, the root key (none for the first piece, which starts
/// at the file's start) and <see cref="Length"/> characters of the file from <see cref="Start"/>, read without a copy.
/// </summary>
internal sealed record ListPiece(string File, string? Header, int BlankLines, int Start, int Length)
{
    /// <summary>A reader of the piece's text.</summary>
    public TextReader Open() => new PieceReader(this);

    /// <summary>The piece's events from the fast parser, or null when YamlDotNet's parser is to read it.</summary>
    public BlockYamlParser? Parse() => BlockYamlParser.TryParse(File.AsSpan(Start, Length), Header is null ? 1 : BlankLines + 2, Header);

    /// <summary>The piece's text (for tests).</summary>
    public override string ToString() => string.Concat(Prefix, File.AsSpan(Start, Length));

    private string Prefix => Header is null ? "" : new string('\n', BlankLines) + Header + "\n";

    private sealed class PieceReader(ListPiece piece) : TextReader
    {
        private readonly string _prefix = piece.Prefix;
        private int _position;

        private int Total => _prefix.Length + piece.Length;

        public override int Peek() => _position < Total ? At(_position) : -1;

        public override int Read() => _position < Total ? At(_position++) : -1;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var count = Math.Min(buffer.Length, Total - _position);
            for (var i = 0; i < count; i++)
            {
                buffer[i] = At(_position + i);
            }

            _position += count;
            return count;
        }

        private char At(int position) => position < _prefix.Length ? _prefix[position] : piece.File[piece.Start + position - _prefix.Length];
    }
}
