using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Rendering;

namespace ModelBot.Host.Rendering;

/// <summary>
/// Lays out a neutral <see cref="Answer"/> as terminal text: title, summary, facts, each table aligned by display
/// width (numbers right-aligned, leaders ★, disputed †; a long name wraps onto continuation lines and is never cut)
/// with a bar chart of its chart column, notes and source footnotes. Errors read <c>error: …</c> and
/// <c>did you mean: …</c>. Lines are separated by <c>\n</c>, with no trailing line break and no colour codes (the
/// host may add them).
/// </summary>
public static class ConsoleTextRenderer
{
    /// <summary>Widest a table column gets; longer text cells wrap onto continuation lines (<see cref="ConsoleCellWrap"/>).</summary>
    public const int MaxColumnWidth = 40;

    private static readonly MonospaceTableOptions TableOptions = new() { MaxColumnWidth = MaxColumnWidth };

    /// <summary>The text for <paramref name="answer"/>.</summary>
    public static string Render(Answer answer)
    {
        var builder = new StringBuilder(1024);
        if (!answer.Ok)
        {
            AppendError(builder, answer);
        }
        else
        {
            AppendAnswer(builder, answer);
        }
        while (builder.Length > 0 && builder[^1] is '\n' or ' ')
        {
            builder.Length--;
        }
        return builder.ToString();
    }

    private static void AppendError(StringBuilder builder, Answer answer)
    {
        builder.Append("error: ").Append(TextFit.SingleLine(answer.Error ?? answer.Title)).Append('\n');
        if (answer.Suggestions.Count > 0)
        {
            builder.Append("did you mean: ");
            for (var i = 0; i < answer.Suggestions.Count; i++)
            {
                builder.Append(i == 0 ? "" : ", ").Append(TextFit.SingleLine(answer.Suggestions[i]));
            }
            builder.Append('\n');
        }
        AppendNotes(builder, answer.Notes);
    }

    private static void AppendAnswer(StringBuilder builder, Answer answer)
    {
        builder.Append(TextFit.SingleLine(answer.Title)).Append('\n');
        if (!string.IsNullOrWhiteSpace(answer.Summary))
        {
            var summary = TextFit.MultiLine(answer.Summary);
            foreach (var span in SummaryMarkup.Spans(summary))
            {
                builder.Append(summary.AsSpan(span.Start, span.Length));
            }
            builder.Append('\n');
        }
        AppendFacts(builder, answer.Facts);
        bool leaders = false, disputed = false;
        foreach (var table in answer.Tables)
        {
            builder.Append('\n').Append(TextFit.SingleLine(table.Caption)).Append('\n');
            if (table.Rows.Count == 0)
            {
                builder.Append("(no figures)\n");
                continue;
            }
            var wrapped = ConsoleCellWrap.Wrap(table, MaxColumnWidth);
            var layout = MonospaceTable.Create(wrapped, 0, wrapped.Rows.Count, TableOptions);
            layout.AppendHeader(builder).Append('\n');
            layout.AppendRule(builder).Append('\n');
            for (var r = 0; r < layout.RowCount; r++)
            {
                layout.AppendRow(builder, r).Append('\n');
                foreach (var cell in wrapped.Rows[r].Cells)
                {
                    leaders |= cell.IsLeader;
                    disputed |= cell.Disputed;
                }
            }
            if (table.ChartColumn is not null)
            {
                ConsoleBarChart.Append(builder.Append('\n'), table);
            }
        }
        if (leaders || disputed)
        {
            AnswerPhrases.AppendLegend(builder.Append('\n'), builder.Length, leaders, disputed).Append('\n');
        }
        AppendNotes(builder, answer.Notes);
        if (answer.Sources.Count > 0)
        {
            builder.Append("\nSources\n");
            foreach (var source in answer.Sources)
            {
                SourceFootnote.Append(builder, source).Append('\n');
            }
        }
    }

    private static void AppendFacts(StringBuilder builder, IReadOnlyList<AnswerFact> facts)
    {
        if (facts.Count == 0)
        {
            return;
        }
        var width = 0;
        foreach (var fact in facts)
        {
            width = Math.Max(width, DisplayWidth.Of(TextFit.SingleLine(fact.Label)));
        }
        builder.Append('\n');
        foreach (var fact in facts)
        {
            var label = TextFit.SingleLine(fact.Label);
            builder.Append(label).Append(' ', width - DisplayWidth.Of(label) + 2).Append(TextFit.SingleLine(fact.Value));
            for (var i = 0; i < fact.SourceRefs.Count; i++)
            {
                builder.Append(i == 0 ? " [" : ",").Append(fact.SourceRefs[i]);
            }
            builder.Append(fact.SourceRefs.Count > 0 ? "]\n" : "\n");
        }
    }

    private static void AppendNotes(StringBuilder builder, IReadOnlyList<string> notes)
    {
        if (notes.Count == 0)
        {
            return;
        }
        builder.Append("\nNotes\n");
        foreach (var note in notes)
        {
            builder.Append("• ").Append(TextFit.MultiLine(note).Replace("\n", "\n  ", StringComparison.Ordinal)).Append('\n');
        }
    }
}
