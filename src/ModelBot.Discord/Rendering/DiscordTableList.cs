using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Rendering;

namespace ModelBot.Discord.Rendering;

/// <summary>
/// Writes one page of an answer table too wide for a code block as a list: a line per row, its first cell bold,
/// the others after "·", numbers labelled with their column, leaders bold and ★, disputed figures †, footnotes in brackets.
/// </summary>
internal static class DiscordTableList
{
    private const int CellRaw = 160;
    private const int MoreLineReserve = 96;

    public static bool Append(StringBuilder builder, AnswerTable table, int page, int rowsPerPage, int maxLength, ref bool leaderShown, ref bool disputedShown)
    {
        var (first, count) = AnswerPages.Rows(table, page, rowsPerPage);
        var start = builder.Length;
        if (start > 0)
        {
            builder.Append("\n\n");
        }
        var caption = TextFit.ToLength(TextFit.SingleLine(table.Caption), 100);
        DiscordMarkdown.AppendEscaped(builder.Append("**"), caption).Append("**");
        var limit = maxLength - MoreLineReserve;
        if (builder.Length > limit)
        {
            builder.Length = start;
            DiscordCodeBlockTable.AppendNotShown(builder, caption, count, maxLength);
            return false;
        }
        Span<bool> numeric = stackalloc bool[Math.Min(table.Columns.Count, 64)];
        for (var c = 0; c < numeric.Length; c++)
        {
            numeric[c] = TableCells.IsNumericColumn(table, c);
        }
        var shown = 0;
        for (; shown < count; shown++)
        {
            var before = builder.Length;
            var row = table.Rows[first + shown];
            AppendRow(builder.Append('\n'), table, row, numeric);
            if (builder.Length > limit)
            {
                builder.Length = before;
                break;
            }
            var (leader, disputed) = TableCells.Marks(row.Cells);
            leaderShown |= leader;
            disputedShown |= disputed;
        }
        var notShown = count - shown;
        var later = table.Rows.Count - (first + count);
        if (notShown > 0)
        {
            builder.Append('\n').Append(AnswerPhrases.DidNotFitHere(notShown));
        }
        if (later > 0)
        {
            builder.Append('\n').Append(AnswerPhrases.MoreRowsOnLaterPages(later));
        }
        return true;
    }

    private static void AppendRow(StringBuilder builder, AnswerTable table, AnswerRow row, ReadOnlySpan<bool> numeric)
    {
        builder.Append("• ");
        var written = 0;
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var cell = row.Cells[c];
            var text = TextFit.ToLength(TextFit.SingleLine(cell.Text), CellRaw);
            if (text.Length == 0 || (c > 0 && TableCells.IsPlaceholder(text)))
            {
                continue;
            }
            if (written > 0)
            {
                builder.Append(" · ");
            }
            if (c == 0)
            {
                DiscordMarkdown.AppendEscaped(builder.Append("**"), text).Append(cell.IsLeader ? "** " + AnswerPhrases.LeaderMark : "**");
            }
            else
            {
                if (c < numeric.Length && numeric[c] && c < table.Columns.Count && table.Columns[c].Length > 0)
                {
                    DiscordMarkdown.AppendEscaped(builder, TextFit.ToLength(TextFit.SingleLine(table.Columns[c]), 40)).Append(' ');
                }
                if (cell.IsLeader)
                {
                    DiscordMarkdown.AppendEscaped(builder.Append("**"), text).Append("** ").Append(AnswerPhrases.LeaderMark);
                }
                else
                {
                    DiscordMarkdown.AppendEscaped(builder, text);
                }
            }
            if (cell.Disputed)
            {
                builder.Append(' ').Append(AnswerPhrases.DisputedMark);
            }
            written++;
        }
        var sources = TableCells.SourceList(row.Cells);
        if (sources.Length > 0)
        {
            builder.Append(" [").Append(sources).Append(']');
        }
    }
}
