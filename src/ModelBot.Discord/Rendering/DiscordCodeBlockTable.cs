using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Rendering;

namespace ModelBot.Discord.Rendering;

/// <summary>
/// Writes one page of an answer table into an embed description: a bold caption, then an aligned code block,
/// then a line saying how many rows follow on later pages. Rows that do not fit the budget are left out and counted.
/// A table too wide for an embed is written as a list (<see cref="DiscordTableList"/>).
/// </summary>
internal static class DiscordCodeBlockTable
{
    internal static readonly MonospaceTableOptions Options = new()
    {
        MaxColumnWidth = 26,
        ReplaceBackticks = true,
    };

    /// <summary>Widest code-block line (<see cref="DiscordLimits.PhoneCodeBlockWidth"/>); wider tables are written as a list (<see cref="DiscordTableList"/>).</summary>
    public const int MaxWidth = DiscordLimits.PhoneCodeBlockWidth;

    private const string Fence = "```";

    /// <summary>Longest "more rows" line written after a table.</summary>
    private const int MoreLineReserve = 96;

    /// <summary>
    /// Appends the table's rows for <paramref name="page"/> unless even its caption and header would overflow
    /// <paramref name="maxLength"/>; returns whether anything was written.
    /// </summary>
    public static bool Append(StringBuilder builder, AnswerTable table, int page, int rowsPerPage, int maxLength, ref bool leaderShown, ref bool disputedShown)
    {
        var (first, count) = AnswerPages.Rows(table, page, rowsPerPage);
        if (count == 0 && page > 0)
        {
            return false;
        }
        var start = builder.Length;
        if (start > 0)
        {
            builder.Append("\n\n");
        }
        var caption = TextFit.ToLength(TextFit.SingleLine(table.Caption), 100);
        DiscordMarkdown.AppendEscaped(builder.Append("**"), caption).Append("**\n");
        if (count == 0)
        {
            builder.Append("*no figures*");
            return Fits(builder, start, maxLength);
        }

        var layout = MonospaceTable.Create(table, first, count, Options);
        if (layout.LineWidth > MaxWidth)
        {
            builder.Length = start;
            return DiscordTableList.Append(builder, table, page, rowsPerPage, maxLength, ref leaderShown, ref disputedShown);
        }
        builder.Append(Fence).Append('\n');
        layout.AppendHeader(builder).Append('\n');
        layout.AppendRule(builder).Append('\n');
        var limit = maxLength - Fence.Length - MoreLineReserve;
        if (builder.Length > limit)
        {
            builder.Length = start;
            AppendNotShown(builder, caption, count, maxLength);
            return false;
        }
        var shown = 0;
        for (; shown < count; shown++)
        {
            var before = builder.Length;
            layout.AppendRow(builder, shown).Append('\n');
            if (builder.Length > limit)
            {
                builder.Length = before;
                break;
            }
            var (leader, disputed) = TableCells.Marks(table.Rows[first + shown].Cells);
            leaderShown |= leader;
            disputedShown |= disputed;
        }
        builder.Append(Fence);

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

    /// <summary>
    /// Appends only the caption of a table whose rows went into fields, and the "more rows" line when it goes on, when
    /// they fit <paramref name="maxLength"/>.
    /// </summary>
    public static void AppendCaption(StringBuilder builder, AnswerTable table, int page, int rowsPerPage, int maxLength)
    {
        var start = builder.Length;
        if (start > 0)
        {
            builder.Append("\n\n");
        }
        DiscordMarkdown.AppendEscaped(builder.Append("**"), TextFit.ToLength(TextFit.SingleLine(table.Caption), 100)).Append("**");
        var (first, count) = AnswerPages.Rows(table, page, rowsPerPage);
        var later = table.Rows.Count - (first + count);
        if (later > 0)
        {
            builder.Append('\n').Append(AnswerPhrases.MoreRowsOnLaterPages(later));
        }
        Fits(builder, start, maxLength);
    }

    /// <summary>Says that a table's rows were left out, when even that line fits.</summary>
    internal static void AppendNotShown(StringBuilder builder, string caption, int count, int maxLength)
    {
        var start = builder.Length;
        builder.Append(start > 0 ? "\n\n" : "");
        DiscordMarkdown.AppendEscaped(builder, AnswerPhrases.TableDidNotFit(TextFit.ToLength(caption, 40), count));
        if (builder.Length > maxLength)
        {
            builder.Length = start;
        }
    }

    private static bool Fits(StringBuilder builder, int start, int maxLength)
    {
        if (builder.Length <= maxLength)
        {
            return true;
        }
        builder.Length = start;
        return false;
    }
}
