using ModelBot.Commands.Answers;
using ModelBot.Commands.Rendering;

namespace ModelBot.Host.Rendering;

/// <summary>
/// Keeps long text cells whole in a terminal table: a text cell wider than the column limit is word-wrapped onto
/// continuation rows (indented by two spaces, the row's other cells empty) instead of being cut with "…", so a full
/// benchmark name and its "(lower is better)" stay readable. A parenthesised phrase that fits on a line is never
/// split. Number columns are left as they are.
/// </summary>
public static class ConsoleCellWrap
{
    /// <summary>Indent of a continuation line, so it reads as part of the row above.</summary>
    public const string ContinuationIndent = "  ";

    /// <summary>
    /// <paramref name="table"/> with every over-wide text cell wrapped to <paramref name="maxWidth"/> columns; the same
    /// instance when nothing needs wrapping.
    /// </summary>
    public static AnswerTable Wrap(AnswerTable table, int maxWidth)
    {
        if (!NeedsWrapping(table, maxWidth, out var textColumns))
        {
            return table;
        }
        var rows = new List<AnswerRow>(table.Rows.Count + 8);
        foreach (var row in table.Rows)
        {
            AppendWrapped(rows, row, textColumns, maxWidth);
        }
        return table with { Rows = rows };
    }

    /// <summary>
    /// The lines of <paramref name="text"/> wrapped at spaces to <paramref name="maxWidth"/> columns; lines after the
    /// first carry <see cref="ContinuationIndent"/>. A word wider than a line is split.
    /// </summary>
    public static IReadOnlyList<string> WrapText(string text, int maxWidth)
    {
        var line = TextFit.SingleLine(text).Trim();
        if (DisplayWidth.Of(line) <= maxWidth || maxWidth <= ContinuationIndent.Length + 1)
        {
            return [line];
        }
        var lines = new List<string>(3);
        var current = new System.Text.StringBuilder(maxWidth);
        var currentWidth = 0;
        foreach (var unit in Units(line, maxWidth - ContinuationIndent.Length))
        {
            var budget = lines.Count == 0 ? maxWidth : maxWidth - ContinuationIndent.Length;
            var unitWidth = DisplayWidth.Of(unit);
            var needed = currentWidth == 0 ? unitWidth : currentWidth + 1 + unitWidth;
            if (needed <= budget)
            {
                current.Append(currentWidth == 0 ? "" : " ").Append(unit);
                currentWidth = needed;
                continue;
            }
            if (currentWidth > 0)
            {
                Flush(lines, current);
                currentWidth = 0;
                budget = maxWidth - ContinuationIndent.Length;
            }
            // A unit wider than a whole line is split into pieces that fit.
            var rest = unit;
            while (DisplayWidth.Of(rest) > budget)
            {
                var cut = CutToWidth(rest, budget);
                current.Append(rest.AsSpan(0, cut));
                Flush(lines, current);
                rest = rest[cut..];
                budget = maxWidth - ContinuationIndent.Length;
            }
            current.Append(rest);
            currentWidth = DisplayWidth.Of(rest);
        }
        if (currentWidth > 0)
        {
            Flush(lines, current);
        }
        return lines;
    }

    private static void Flush(List<string> lines, System.Text.StringBuilder current)
    {
        lines.Add(lines.Count == 0 ? current.ToString() : ContinuationIndent + current);
        current.Clear();
    }

    /// <summary>Words, with a parenthesised phrase ("(lower is better)") kept as one unit when it fits a line.</summary>
    private static IEnumerable<string> Units(string line, int lineWidth)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].StartsWith('(') && !words[i].EndsWith(')'))
            {
                var close = Array.FindIndex(words, i + 1, w => w.EndsWith(')'));
                if (close > i)
                {
                    var phrase = string.Join(' ', words, i, close - i + 1);
                    if (DisplayWidth.Of(phrase) <= lineWidth)
                    {
                        yield return phrase;
                        i = close;
                        continue;
                    }
                }
            }
            yield return words[i];
        }
    }

    private static int CutToWidth(string text, int width)
    {
        var used = 0;
        var end = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var w = DisplayWidth.Of(rune);
            if (used + w > width)
            {
                break;
            }
            used += w;
            end += rune.Utf16SequenceLength;
        }
        return Math.Max(end, Math.Min(text.Length, char.IsHighSurrogate(text[0]) ? 2 : 1));
    }

    private static bool NeedsWrapping(AnswerTable table, int maxWidth, out bool[] textColumns)
    {
        var columns = table.Columns.Count;
        foreach (var row in table.Rows)
        {
            columns = Math.Max(columns, row.Cells.Count);
        }
        textColumns = new bool[columns];
        var needed = false;
        for (var c = 0; c < columns; c++)
        {
            textColumns[c] = !TableCells.IsNumericColumn(table, c);
            if (!textColumns[c])
            {
                continue;
            }
            foreach (var row in table.Rows)
            {
                if (c < row.Cells.Count && DisplayWidth.Of(TextFit.SingleLine(row.Cells[c].Text).Trim()) > maxWidth)
                {
                    needed = true;
                }
            }
        }
        return needed;
    }

    private static void AppendWrapped(List<AnswerRow> rows, AnswerRow row, bool[] textColumns, int maxWidth)
    {
        var cells = row.Cells;
        IReadOnlyList<string>?[] wrapped = new IReadOnlyList<string>?[cells.Count];
        var extraLines = 0;
        for (var c = 0; c < cells.Count; c++)
        {
            if (textColumns[c] && DisplayWidth.Of(TextFit.SingleLine(cells[c].Text).Trim()) > maxWidth)
            {
                wrapped[c] = WrapText(cells[c].Text, maxWidth);
                extraLines = Math.Max(extraLines, wrapped[c]!.Count - 1);
            }
        }
        if (extraLines == 0)
        {
            rows.Add(row);
            return;
        }
        var first = new AnswerCell[cells.Count];
        for (var c = 0; c < cells.Count; c++)
        {
            first[c] = wrapped[c] is { } lines ? cells[c] with { Text = lines[0] } : cells[c];
        }
        rows.Add(new AnswerRow(first));
        for (var line = 1; line <= extraLines; line++)
        {
            var continuation = new AnswerCell[cells.Count];
            for (var c = 0; c < cells.Count; c++)
            {
                continuation[c] = new AnswerCell(wrapped[c] is { } lines && line < lines.Count ? lines[line] : "");
            }
            rows.Add(new AnswerRow(continuation));
        }
    }
}
