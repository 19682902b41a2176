namespace ModelBot.Core.Loading;

/// <summary>
/// A fast reader for the shape results files have: a root mapping of <c>source</c> (a scalar) and <c>results</c> (a
/// block list of mappings whose values are all one-line scalars: plain, "double-quoted" or 'single-quoted'), with
/// comments and blank lines anywhere. YamlDotNet's parser and document tree cost most of the load of a large dataset;
/// this reads the same values and the same positions (line and column of each key, value and entry) in one pass over
/// the text. Anything else (a block scalar, a flow list, a value over several lines, an escape it does not know, a
/// repeated key, a tab) makes it give up, and the file is read by YamlDotNet as before, with its error messages.
/// </summary>
internal static class SimpleResultsFile
{
    /// <summary>One key and its scalar value with where both are written.</summary>
    internal readonly record struct Entry(string Key, string Value, bool Plain, DataPosition KeyPosition, DataPosition ValuePosition);

    /// <summary>One mapping of the list: its entries and where it starts.</summary>
    internal sealed record Item(Entry[] Entries, DataPosition Position);

    /// <summary>The file as read: the root's entries (<c>source</c>), the root's position and the list items.</summary>
    internal sealed record Parsed(Entry? Source, DataPosition ResultsKey, List<Item> Items);

    /// <summary>
    /// Reads <paramref name="text"/>, or returns null when it is not of the simple shape (or not valid). Keys and values
    /// come from <paramref name="strings"/> when given: a text seen before is not allocated again.
    /// </summary>
    public static Parsed? TryRead(ReadOnlySpan<char> text, FileStringPool? strings = null)
    {
        Entry? source = null;
        DataPosition? resultsKey = null;
        var items = new List<Item>();
        var entries = new List<Entry>(12);
        DataPosition itemPosition = default;
        var itemIndent = -1;
        var inResults = false;
        var lineNumber = 0;
        var position = 0;
        while (position < text.Length)
        {
            var end = text[position..].IndexOf('\n');
            end = end < 0 ? text.Length : position + end;

            lineNumber++;
            var line = text[position..end];
            position = end + 1;
            if (line.Length > 0 && line[^1] == '\r')
            {
                line = line[..^1];
            }

            if (line.Contains('\t'))
            {
                return null;
            }

            var indent = 0;
            while (indent < line.Length && line[indent] == ' ')
            {
                indent++;
            }

            if (indent == line.Length || line[indent] == '#')
            {
                continue;
            }

            if (lineNumber == 1 && line.StartsWith("\uFEFF"))
            {
                return null;
            }

            if (indent == 0 && !line.StartsWith("- "))
            {
                // A root key.
                if (!TryEntry(line, 0, lineNumber, strings, out var entry))
                {
                    // "results:" with the list on the following lines.
                    if (line.TrimEnd(' ') is "results:" && resultsKey is null)
                    {
                        resultsKey = new DataPosition(lineNumber, 1);
                        inResults = true;
                        continue;
                    }

                    return null;
                }

                if (!Flush(items, entries, itemPosition))
                {
                    return null;
                }

                inResults = false;
                if (entry.Key != "source" || source is not null)
                {
                    return null;
                }

                source = entry;
                continue;
            }

            if (!inResults)
            {
                return null;
            }

            if (line[indent] == '-')
            {
                // A new item: "- key: value" at the list's indentation.
                if (indent + 1 >= line.Length || line[indent + 1] != ' ' || (itemIndent >= 0 && indent != itemIndent))
                {
                    return null;
                }

                if (!Flush(items, entries, itemPosition))
                {
                    return null;
                }

                itemIndent = indent;
                var keyColumn = indent + 2;
                if (keyColumn >= line.Length || line[keyColumn] == ' ' || !TryEntry(line, keyColumn, lineNumber, strings, out var first))
                {
                    return null;
                }

                itemPosition = first.KeyPosition;
                entries.Add(first);
                continue;
            }

            // A further key of the current item, aligned with its first key.
            if (entries.Count == 0 || indent != itemIndent + 2 || !TryEntry(line, indent, lineNumber, strings, out var next))
            {
                return null;
            }

            entries.Add(next);
        }

        if (!Flush(items, entries, itemPosition) || resultsKey is null || source is null || items.Count == 0)
        {
            return null;
        }

        return new Parsed(source, resultsKey.Value, items);
    }

    private static bool Flush(List<Item> items, List<Entry> entries, DataPosition position)
    {
        if (entries.Count == 0)
        {
            return true;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            for (var j = i + 1; j < entries.Count; j++)
            {
                if (entries[i].Key == entries[j].Key)
                {
                    // YAML rejects a repeated key: YamlDotNet reports it.
                    return false;
                }
            }
        }

        items.Add(new Item([.. entries], position));
        entries.Clear();
        return true;
    }

    /// <summary>"key: value" from <paramref name="start"/>: a plain key, a colon, a space and a one-line scalar.</summary>
    private static bool TryEntry(ReadOnlySpan<char> line, int start, int lineNumber, FileStringPool? strings, out Entry entry)
    {
        entry = default;
        var colon = start;
        while (colon < line.Length && (char.IsAsciiLetterLower(line[colon]) || char.IsAsciiDigit(line[colon]) || line[colon] == '_'))
        {
            colon++;
        }

        if (colon == start || colon >= line.Length - 1 || line[colon] != ':' || line[colon + 1] != ' ')
        {
            return false;
        }

        var valueStart = colon + 1;
        while (valueStart < line.Length && line[valueStart] == ' ')
        {
            valueStart++;
        }

        if (valueStart == line.Length || line[valueStart] == '#')
        {
            // No value on the line: a nested block or a null; YamlDotNet decides.
            return false;
        }

        var plain = line[valueStart] is not ('"' or '\'');
        var (value, end) = line[valueStart] switch
        {
            '"' => OneLineScalars.DoubleQuoted(line, valueStart, strings),
            '\'' => OneLineScalars.SingleQuoted(line, valueStart),
            _ => OneLineScalars.Plain(line, valueStart, inFlow: false, strings),
        };
        if (value is null || !OneLineScalars.OnlyCommentAfter(line, end))
        {
            return false;
        }

        var key = line[start..colon];
        entry = new Entry(
            strings?.Get(key) ?? key.ToString(),
            value,
            plain,
            new DataPosition(lineNumber, start + 1),
            new DataPosition(lineNumber, valueStart + 1));
        return true;
    }
}
