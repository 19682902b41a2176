using ModelBot.Commands.Answers;
using ModelBot.Commands.Rendering;
using ModelBot.Slack.Payloads;

namespace ModelBot.Slack.Rendering;

/// <summary>
/// Writes one page of an answer table as Slack's native <see cref="TableBlock"/>: a bold header row, a row per answer
/// row, numbers right-aligned with their ★ and † marks, the leading figure bold, the first text column wrapped (never
/// cut, so two labels that differ never read alike) and a column of footnote numbers. A message holds one table
/// block, so an answer's other tables stay preformatted sections (<see cref="SlackTableSections"/>).
/// </summary>
internal static class SlackTableBlock
{
    /// <summary>Header of the footnote column.</summary>
    public const string SourceColumnHeader = "Src";

    /// <summary>Longest cell text; longer labels (never seen in the data) are cut, keeping labels that differ apart.</summary>
    public const int MaxCellLength = 200;

    private const string Empty = "—";

    /// <summary>
    /// Appends the caption section, the table and, when the table goes on, the "more rows" line; returns the marks
    /// shown. Needs <see cref="BlocksNeeded"/> free blocks.
    /// </summary>
    public static (bool Leader, bool Disputed) Append(List<Block> blocks, AnswerTable table, int page, int rowsPerPage)
    {
        var (first, count) = AnswerPages.Rows(table, page, rowsPerPage);
        count = Math.Min(count, SlackLimits.TableRows - 1);
        var caption = TextFit.ToLength(TextFit.SingleLine(table.Caption), 100);
        if (caption.Length > 0)
        {
            blocks.Add(new SectionBlock { Text = SlackMrkdwn.IsInert(caption) ? TextObject.Mrkdwn("*" + SlackMrkdwn.Escape(caption) + "*") : TextObject.Plain(caption) });
        }

        var dataColumns = table.Columns.Count;
        for (var r = first; r < first + count; r++)
        {
            dataColumns = Math.Max(dataColumns, table.Rows[r].Cells.Count);
        }
        var withSources = TableCells.HasSourceRefs(table);
        var shownColumns = Math.Min(dataColumns, SlackLimits.TableCellsPerRow - (withSources ? 1 : 0));
        var numeric = new bool[shownColumns];
        for (var c = 0; c < shownColumns; c++)
        {
            numeric[c] = TableCells.IsNumericColumn(table, c);
        }

        var texts = new string[count][];
        for (var r = 0; r < count; r++)
        {
            texts[r] = new string[shownColumns];
        }
        var column = new string[count];
        for (var c = 0; c < shownColumns; c++)
        {
            for (var r = 0; r < count; r++)
            {
                var cells = table.Rows[first + r].Cells;
                column[r] = c < cells.Count ? TextFit.SingleLine(cells[c].Text).Trim() : "";
            }
            var fitted = DistinctFit.ToWidth(column, MaxCellLength);
            for (var r = 0; r < count; r++)
            {
                texts[r][c] = fitted[r];
            }
        }

        var rows = new List<IReadOnlyList<TableCell>>(count + 1);
        var header = new List<TableCell>(shownColumns + 1);
        for (var c = 0; c < shownColumns; c++)
        {
            header.Add(RichTextCell.Bold(Text(c < table.Columns.Count ? TextFit.SingleLine(table.Columns[c]).Trim() : "")));
        }
        if (withSources)
        {
            header.Add(RichTextCell.Bold(SourceColumnHeader));
        }
        rows.Add(header);

        bool leaderShown = false, disputedShown = false;
        for (var r = 0; r < count; r++)
        {
            var cells = table.Rows[first + r].Cells;
            var row = new List<TableCell>(shownColumns + 1);
            for (var c = 0; c < shownColumns; c++)
            {
                var cell = c < cells.Count ? cells[c] : null;
                var text = Text(texts[r][c]);
                if (cell is { IsLeader: true })
                {
                    text = string.Concat(text, " ", AnswerPhrases.LeaderMark.ToString());
                }
                if (cell is { Disputed: true })
                {
                    text = string.Concat(text, " ", AnswerPhrases.DisputedMark.ToString());
                }
                row.Add(cell is { IsLeader: true } ? RichTextCell.Bold(text) : new RawTextCell(text));
            }
            if (withSources)
            {
                row.Add(new RawTextCell(Text(TableCells.SourceList(cells))));
            }
            rows.Add(row);
            var (leader, disputed) = TableCells.Marks(cells);
            leaderShown |= leader;
            disputedShown |= disputed;
        }

        var settings = new TableColumnSettings[Math.Min(SlackLimits.TableCellsPerRow, shownColumns + (withSources ? 1 : 0))];
        var wrapped = false;
        for (var c = 0; c < settings.Length; c++)
        {
            var isNumber = c < shownColumns ? numeric[c] : true;
            var wrap = !isNumber && !wrapped;
            wrapped |= wrap;
            settings[c] = new TableColumnSettings(isNumber ? TableColumnSettings.Right : null, wrap ? true : null);
        }
        blocks.Add(new TableBlock(rows) { ColumnSettings = settings });

        var lines = new List<string>(3);
        if (dataColumns > shownColumns)
        {
            lines.Add(AnswerPhrases.ColumnsDidNotFit(dataColumns - shownColumns));
        }
        var (_, pageCount) = AnswerPages.Rows(table, page, rowsPerPage);
        if (pageCount > count)
        {
            lines.Add(AnswerPhrases.DidNotFitHere(pageCount - count));
        }
        var later = table.Rows.Count - (first + pageCount);
        if (later > 0)
        {
            lines.Add(AnswerPhrases.MoreRowsOnLaterPages(later));
        }
        if (lines.Count > 0)
        {
            blocks.Add(new SectionBlock { Text = TextObject.Mrkdwn(SlackMrkdwn.Escape(string.Join('\n', lines))) });
        }
        return (leaderShown, disputedShown);
    }

    /// <summary>Blocks <see cref="Append"/> may add: caption, table, the "more rows" line.</summary>
    public const int BlocksNeeded = 3;

    /// <summary>Whether <paramref name="table"/> has rows on <paramref name="page"/> to put in a table block.</summary>
    public static bool HasRows(AnswerTable table, int page, int rowsPerPage) => AnswerPages.Rows(table, page, rowsPerPage).Count > 0;

    private static string Text(string text) => text.Length == 0 ? Empty : text;
}
