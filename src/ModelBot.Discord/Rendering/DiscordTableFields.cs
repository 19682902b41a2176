using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Rendering;
using ModelBot.Discord.Payloads;

namespace ModelBot.Discord.Rendering;

/// <summary>
/// Writes one page of a comparison (a table whose columns are models, <see cref="AnswerTable.ChartSeries"/>) as an
/// embed field per benchmark: the benchmark as the field's name, a line per model beneath ("Muse Spark **86.4%** ★").
/// On a phone each field takes the full width and nothing wraps; on a desktop they sit three abreast. Used only when
/// every row of the page fits the fields and characters left; otherwise the table is written in the description.
/// </summary>
internal static class DiscordTableFields
{
    private const int NameRaw = 200;
    private const int ModelRaw = 60;
    private const int ValueRaw = 80;

    /// <summary>
    /// The fields for <paramref name="table"/>'s rows on <paramref name="page"/>, or null when they would take more than
    /// <paramref name="maxFields"/> fields or <paramref name="maxCharacters"/> characters.
    /// </summary>
    public static List<EmbedField>? Build(AnswerTable table, int page, int rowsPerPage, int maxFields, int maxCharacters, ref bool leaderShown, ref bool disputedShown)
    {
        var (first, count) = AnswerPages.Rows(table, page, rowsPerPage);
        if (count == 0 || count > maxFields)
        {
            return null;
        }
        var labels = new string[count];
        for (var r = 0; r < count; r++)
        {
            var cells = table.Rows[first + r].Cells;
            labels[r] = cells.Count > 0 ? TextFit.SingleLine(cells[0].Text).Trim() : "";
        }
        labels = DistinctFit.ToWidth(labels, NameRaw);

        var fields = new List<EmbedField>(count);
        var used = 0;
        bool leader = false, disputed = false;
        var value = new StringBuilder(256);
        for (var r = 0; r < count; r++)
        {
            var cells = table.Rows[first + r].Cells;
            value.Clear();
            for (var c = 1; c < cells.Count && c < table.Columns.Count; c++)
            {
                var cell = cells[c];
                var text = TextFit.ToLength(TextFit.SingleLine(cell.Text).Trim(), ValueRaw);
                if (text.Length == 0)
                {
                    continue;
                }
                value.Append(value.Length > 0 ? "\n" : "");
                DiscordMarkdown.AppendEscaped(value, TextFit.ToLength(TextFit.SingleLine(table.Columns[c]), ModelRaw)).Append(' ');
                if (cell.IsLeader)
                {
                    DiscordMarkdown.AppendEscaped(value.Append("**"), text).Append("** ").Append(AnswerPhrases.LeaderMark);
                }
                else
                {
                    DiscordMarkdown.AppendEscaped(value, text);
                }
                if (cell.Disputed)
                {
                    value.Append(' ').Append(AnswerPhrases.DisputedMark);
                }
            }
            var sources = TableCells.SourceList(cells);
            if (sources.Length > 0)
            {
                value.Append(value.Length > 0 ? "\n" : "").Append('[').Append(sources).Append(']');
            }
            var name = DiscordMarkdown.Escape(labels[r].Length == 0 ? "—" : labels[r]);
            var fieldValue = value.Length == 0 ? "—" : value.ToString();
            if (name.Length > DiscordLimits.FieldName || fieldValue.Length > DiscordLimits.FieldValue)
            {
                return null;
            }
            used += name.Length + fieldValue.Length;
            if (used > maxCharacters)
            {
                return null;
            }
            fields.Add(new EmbedField(name, fieldValue, Inline: true));
            var (rowLeader, rowDisputed) = TableCells.Marks(cells);
            leader |= rowLeader;
            disputed |= rowDisputed;
        }
        leaderShown |= leader;
        disputedShown |= disputed;
        return fields;
    }

    /// <summary>Characters <paramref name="fields"/> add to the embed total.</summary>
    public static int Length(IReadOnlyList<EmbedField> fields)
    {
        var length = 0;
        foreach (var field in fields)
        {
            length += field.Name.Length + field.Value.Length;
        }
        return length;
    }
}
