using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ModelBot.Core.Loading;

/// <summary>
/// A fast parser for the block YAML the data files are written in: nested block mappings and lists, one-line scalars
/// (plain, "double-quoted" or 'single-quoted') and one-line flow lists of them (<c>[a, "b c"]</c>), with comments and
/// blank lines anywhere. It gives YamlDotNet's document loader the events YamlDotNet's own parser would (the same
/// values, styles and start positions: a test compares them on the repository's files and generated ones), so every
/// reader and message stays as it is; YamlDotNet's scanner costs most of the load of a 20,000-model models.yaml. Anything
/// else (block scalars, a null value, flow mappings, anchors, tags, a scalar over several lines, an escape it does not
/// know, tabs, a second document) makes it give up, and YamlDotNet's parser reads the text, with its error messages.
/// </summary>
internal sealed class BlockYamlParser : IParser
{
    private readonly List<ParsingEvent> _events;
    private int _index = -1;

    private BlockYamlParser(List<ParsingEvent> events) => _events = events;

    public ParsingEvent? Current => _index >= 0 && _index < _events.Count ? _events[_index] : null;

    public bool MoveNext() => ++_index < _events.Count;

    /// <summary>
    /// The events of <paramref name="text"/>, whose first line is line <paramref name="firstLine"/> of its file; with
    /// <paramref name="header"/> (a root key), as if that key stood alone on the line before. Null when the text is
    /// not of the shape this parser reads.
    /// </summary>
    public static BlockYamlParser? TryParse(ReadOnlySpan<char> text, int firstLine = 1, string? header = null)
    {
        var reader = new Reader();
        if (header is not null && !reader.Line(header, firstLine - 1))
        {
            return null;
        }

        var lineNumber = firstLine;
        var position = 0;
        while (position < text.Length)
        {
            var end = text[position..].IndexOf('\n');
            end = end < 0 ? text.Length : position + end;
            var line = text[position..end];
            position = end + 1;
            if (line.Length > 0 && line[^1] == '\r')
            {
                line = line[..^1];
            }

            if (!reader.Line(line, lineNumber++))
            {
                return null;
            }
        }

        return reader.Finish() is { } events ? new BlockYamlParser(events) : null;
    }

    private sealed class Reader
    {
        private readonly List<ParsingEvent> _events = [new StreamStart(), new DocumentStart()];

        // Open block collections, innermost last: a mapping's indent is its keys' column, a list's its dashes'.
        private readonly List<(bool IsMapping, int Indent, HashSet<string>? Keys)> _open = [];

        // After "key:" with nothing on the line: the indent of the mapping whose value comes on the next lines.
        private int _pending = -1;
        private bool _ended;

        // A block scalar being read ("notes: >-" and the lines below it that are indented further).
        private BlockScalar? _block;

        public bool Line(ReadOnlySpan<char> line, int number)
        {
            if (line.Contains('\t') || (number == 1 && line.StartsWith("\uFEFF")))
            {
                return false;
            }

            var indent = 0;
            while (indent < line.Length && line[indent] == ' ')
            {
                indent++;
            }

            if (_block is { } block)
            {
                if (indent == line.Length)
                {
                    // An empty line; one with more spaces than the content's indent holds spaces: YamlDotNet reads it.
                    if (block.Indent >= 0 && line.Length > block.Indent)
                    {
                        return false;
                    }

                    block.Lines.Add("");
                    return true;
                }

                if (indent > block.ParentIndent)
                {
                    block.Indent = block.Indent < 0 ? indent : block.Indent;
                    if (indent != block.Indent && (block.Style == ScalarStyle.Folded || indent < block.Indent))
                    {
                        // More-indented lines fold differently; YamlDotNet reads them.
                        return false;
                    }

                    block.Lines.Add(line[block.Indent..].ToString());
                    return true;
                }

                if (!EndBlock())
                {
                    return false;
                }
            }

            if (indent == line.Length || line[indent] == '#')
            {
                return true;
            }

            if (_ended || (indent == 0 && (line.StartsWith("---") || line.StartsWith("...") || line[0] == '%')))
            {
                return false;
            }

            var isItem = line[indent] == '-' && (indent + 1 == line.Length || line[indent + 1] == ' ');
            if (_pending >= 0)
            {
                // The value of the key before: a list (at the key's indent or deeper) or a mapping (deeper); else a null.
                var opensList = isItem && indent >= _pending;
                if (!opensList && !(indent > _pending && !isItem))
                {
                    return false;
                }

                _pending = -1;
                Open(isMapping: !opensList, indent, number);
            }
            else
            {
                while (_open.Count > 0 && (_open[^1].Indent > indent || (!_open[^1].IsMapping && _open[^1].Indent == indent && !isItem)))
                {
                    Close(Mark(number, indent));
                }

                if (_open.Count == 0)
                {
                    if (indent != 0 || isItem)
                    {
                        // A root that is no mapping, or not at the left edge: YamlDotNet says what is wrong (a second
                        // root node never gets here: the first one's end stops the reading).
                        return false;
                    }

                    Open(isMapping: true, indent, number);
                }
                else if (_open[^1].Indent != indent || _open[^1].IsMapping == isItem)
                {
                    return false;
                }
            }

            if (!isItem)
            {
                return Entry(line, indent, number);
            }

            // "- value", or "- key: value" opening a mapping whose keys stand two columns further in.
            var content = indent + 2;
            if (content >= line.Length || line[content] == ' ')
            {
                return false;
            }

            if (KeyEnd(line, content) >= 0)
            {
                Open(isMapping: true, content, number);
                return Entry(line, content, number);
            }

            return Value(line, content, number);
        }

        public List<ParsingEvent>? Finish()
        {
            if ((_block is not null && !EndBlock()) || _pending >= 0 || _open.Count == 0)
            {
                return null;
            }

            while (_open.Count > 0)
            {
                Close(YamlDotNet.Core.Mark.Empty);
            }

            _events.Add(new DocumentEnd(isImplicit: true));
            _events.Add(new StreamEnd());
            return _events;
        }

        private void Open(bool isMapping, int indent, int number)
        {
            var start = Mark(number, indent);
            _events.Add(isMapping
                ? new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block, start, start)
                : new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block, start, start));
            _open.Add((isMapping, indent, isMapping ? new HashSet<string>(StringComparer.Ordinal) : null));
        }

        private void Close(Mark end)
        {
            _events.Add(_open[^1].IsMapping ? new MappingEnd(end, end) : new SequenceEnd(end, end));
            _open.RemoveAt(_open.Count - 1);
            _ended = _open.Count == 0;
        }

        /// <summary>"key: value" or "key:" (its value on the following lines) from <paramref name="start"/>.</summary>
        private bool Entry(ReadOnlySpan<char> line, int start, int number)
        {
            var colon = KeyEnd(line, start);
            if (colon < 0)
            {
                return false;
            }

            var key = line[start..colon].ToString();
            if (!_open[^1].Keys!.Add(key))
            {
                // A repeated key: YamlDotNet reports it.
                return false;
            }

            var at = Mark(number, start);
            _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, key, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false, at, at, isKey: false));
            var value = colon + 1;
            while (value < line.Length && line[value] == ' ')
            {
                value++;
            }

            if (value == line.Length || line[value] == '#')
            {
                if (value < line.Length && line[value - 1] != ' ')
                {
                    return false;
                }

                _pending = start;
                return true;
            }

            return Value(line, value, number);
        }

        /// <summary>The block scalar read so far as one scalar event: its lines folded (">") or kept ("|"), the final line break clipped or stripped ("-").</summary>
        private bool EndBlock()
        {
            var block = _block!;
            _block = null;
            var lines = block.Lines;
            var last = lines.Count;
            while (last > 0 && lines[last - 1].Length == 0)
            {
                last--;
            }

            if (last == 0 || lines[0].Length == 0)
            {
                return false;
            }

            var text = new System.Text.StringBuilder();
            for (var i = 0; i < last; i++)
            {
                if (i > 0)
                {
                    if (block.Style == ScalarStyle.Literal)
                    {
                        text.Append('\n');
                    }
                    else if (lines[i].Length == 0)
                    {
                        // In a folded scalar an empty line is a line break and the break before it is dropped.
                        text.Append('\n');
                        continue;
                    }
                    else if (lines[i - 1].Length != 0)
                    {
                        text.Append(' ');
                    }
                }

                text.Append(lines[i]);
            }

            if (!block.Strip)
            {
                text.Append('\n');
            }

            _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, text.ToString(), block.Style, isPlainImplicit: false, isQuotedImplicit: true, block.Start, block.Start));
            return true;
        }

        /// <summary>A one-line scalar or flow list from <paramref name="start"/> to the end of the line (or a comment).</summary>
        private bool Value(ReadOnlySpan<char> line, int start, int number)
        {
            if (line[start] is '>' or '|')
            {
                // ">", ">-", "|", "|-" alone (no indentation indicator, no "+"): its lines follow.
                var strip = start + 1 < line.Length && line[start + 1] == '-';
                if (!OneLineScalars.OnlyCommentAfter(line, start + (strip ? 2 : 1)) || _open[^1].IsMapping is false)
                {
                    return false;
                }

                _block = new BlockScalar(Mark(number, start), line[start] == '>' ? ScalarStyle.Folded : ScalarStyle.Literal, strip, _open[^1].Indent);
                return true;
            }

            if (line[start] != '[')
            {
                return Scalar(line, start, number, inFlow: false) is { } end && OneLineScalars.OnlyCommentAfter(line, end);
            }

            var at = Mark(number, start);
            _events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Flow, at, at));
            var i = SkipSpaces(line, start + 1);
            if (i < line.Length && line[i] == ']')
            {
                _events.Add(new SequenceEnd(Mark(number, i), Mark(number, i)));
                return OneLineScalars.OnlyCommentAfter(line, i + 1);
            }

            while (true)
            {
                if (i >= line.Length || Scalar(line, i, number, inFlow: true) is not { } end)
                {
                    return false;
                }

                i = SkipSpaces(line, end);
                if (i < line.Length && line[i] == ',')
                {
                    i = SkipSpaces(line, i + 1);
                    continue;
                }

                if (i < line.Length && line[i] == ']')
                {
                    _events.Add(new SequenceEnd(Mark(number, i), Mark(number, i)));
                    return OneLineScalars.OnlyCommentAfter(line, i + 1);
                }

                return false;
            }
        }

        /// <summary>Adds the scalar at <paramref name="start"/>; where it ends, or null when it is of no shape read here.</summary>
        private int? Scalar(ReadOnlySpan<char> line, int start, int number, bool inFlow)
        {
            var at = Mark(number, start);
            string? value;
            int end;
            ScalarStyle style;
            switch (line[start])
            {
                case '"':
                    (value, end) = OneLineScalars.DoubleQuoted(line, start);
                    style = ScalarStyle.DoubleQuoted;
                    break;
                case '\'':
                    (value, end) = OneLineScalars.SingleQuoted(line, start);
                    style = ScalarStyle.SingleQuoted;
                    break;
                default:
                    (value, end) = OneLineScalars.Plain(line, start, inFlow);
                    style = ScalarStyle.Plain;
                    break;
            }

            if (value is null)
            {
                return null;
            }

            _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value, style, style == ScalarStyle.Plain, style != ScalarStyle.Plain, at, at));
            return end;
        }

        private static Mark Mark(int line, int index) => new(0, line, index + 1);
    }

    /// <summary>A block scalar's start, style, chomping, the indent of the mapping it belongs to, and its lines so far.</summary>
    private sealed class BlockScalar(Mark start, ScalarStyle style, bool strip, int parentIndent)
    {
        public Mark Start { get; } = start;

        public ScalarStyle Style { get; } = style;

        public bool Strip { get; } = strip;

        public int ParentIndent { get; } = parentIndent;

        /// <summary>The indent of its content, set by its first line.</summary>
        public int Indent { get; set; } = -1;

        public List<string> Lines { get; } = [];
    }

    /// <summary>Where the ':' of a plain key starting at <paramref name="start"/> is ("key: …" or "key:" at the end), or -1.</summary>
    private static int KeyEnd(ReadOnlySpan<char> line, int start)
    {
        if (OneLineScalars.IsIndicator(line[start]) || line[start] is '-' or '?' or ':')
        {
            return -1;
        }

        for (var i = start; i < line.Length; i++)
        {
            var c = line[i];
            if (c == ':' && (i + 1 == line.Length || line[i + 1] == ' '))
            {
                // "key : value" (spaces before the colon) is left to YamlDotNet.
                return line[i - 1] == ' ' ? -1 : i;
            }

            if (c == '#' && line[i - 1] == ' ' || c is '"' or '\'' or '[' or ']' or '{' or '}' or ',')
            {
                return -1;
            }
        }

        return -1;
    }

    private static int SkipSpaces(ReadOnlySpan<char> line, int from)
    {
        while (from < line.Length && line[from] == ' ')
        {
            from++;
        }

        return from;
    }
}
