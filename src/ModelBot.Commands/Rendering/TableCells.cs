using ModelBot.Commands.Answers;

namespace ModelBot.Commands.Rendering;

/// <summary>What renderers need to know about table cells to lay them out: numbers, placeholders, footnotes.</summary>
public static class TableCells
{
    private static readonly string[] SmallNumbers = [.. Enumerable.Range(0, 100).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>Whether any cell of <paramref name="table"/> cites a source.</summary>
    public static bool HasSourceRefs(AnswerTable table)
    {
        // Indexed loops in this class: a foreach over an IReadOnlyList allocates an enumerator, and these run per cell.
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = table.Rows[r].Cells;
            for (var c = 0; c < cells.Count; c++)
            {
                if (cells[c].SourceRefs is { Count: > 0 })
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The footnote numbers the cells of a row cite, ascending and without repeats, e.g. "1,3".</summary>
    public static string SourceList(IReadOnlyList<AnswerCell> cells)
    {
        Span<int> numbers = stackalloc int[16];
        var count = 0;
        for (var c = 0; c < cells.Count; c++)
        {
            if (cells[c].SourceRefs is not { } refs)
            {
                continue;
            }
            for (var i = 0; i < refs.Count; i++)
            {
                var number = refs[i];
                if (count < numbers.Length && !numbers[..count].Contains(number))
                {
                    numbers[count++] = number;
                }
            }
        }
        if (count == 0)
        {
            return "";
        }
        if (count == 1 && numbers[0] is >= 0 and < 100)
        {
            return SmallNumbers[numbers[0]];
        }
        numbers[..count].Sort();
        // Written on the stack: the row's list is the only string made (at most 16 numbers of at most 11 characters).
        Span<char> text = stackalloc char[numbers.Length * 12];
        var written = 0;
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                text[written++] = ',';
            }
            numbers[i].TryFormat(text[written..], out var length, provider: System.Globalization.CultureInfo.InvariantCulture);
            written += length;
        }
        return new string(text[..written]);
    }

    /// <summary>Whether any of <paramref name="cells"/> leads (★) and whether any is disputed (†): the legend a renderer shows.</summary>
    public static (bool Leader, bool Disputed) Marks(IReadOnlyList<AnswerCell> cells)
    {
        bool leader = false, disputed = false;
        for (var c = 0; c < cells.Count; c++)
        {
            leader |= cells[c].IsLeader;
            disputed |= cells[c].Disputed;
        }
        return (leader, disputed);
    }

    /// <summary>
    /// Whether a column holds numbers (right-aligned): at least one cell has a value or reads as a number, and every
    /// other cell is empty or a placeholder such as "—".
    /// </summary>
    public static bool IsNumericColumn(AnswerTable table, int column)
    {
        var numbers = 0;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = table.Rows[r].Cells;
            if (column >= cells.Count)
            {
                continue;
            }
            var cell = cells[column];
            if (cell.Value is not null || LooksNumeric(cell.Text))
            {
                numbers++;
            }
            else if (!IsPlaceholder(cell.Text))
            {
                return false;
            }
        }
        return numbers > 0;
    }

    /// <summary>Empty, or a dash standing for "no figure".</summary>
    public static bool IsPlaceholder(string text) => text.Length == 0 || text is "—" or "-" or "–" or "n/a";

    /// <summary>Text such as "42.8", "76%", "-3", "#1", "120M".</summary>
    public static bool LooksNumeric(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.IsEmpty)
        {
            return false;
        }
        var start = span[0] is '-' or '+' or '#' or '~' ? 1 : 0;
        if (start >= span.Length || !char.IsAsciiDigit(span[start]))
        {
            return false;
        }
        foreach (var c in span[start..])
        {
            if (!char.IsAsciiDigit(c) && c is not ('.' or ',' or '%' or ' ' or 'k' or 'K' or 'M' or 'B'))
            {
                return false;
            }
        }
        return true;
    }
}
