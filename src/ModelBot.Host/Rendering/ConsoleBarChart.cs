using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Rendering;

namespace ModelBot.Host.Rendering;

/// <summary>
/// Draws a table's <see cref="AnswerTable.ChartColumn"/> as horizontal bars of Unicode eighth blocks, scaled so the
/// largest value in the table fills <see cref="BarWidth"/> columns. It draws values as given; whether lower is better
/// is for the answer to say.
/// </summary>
public static class ConsoleBarChart
{
    /// <summary>Columns of the longest bar.</summary>
    public const int BarWidth = 30;

    /// <summary>Labels wider than this are cut with "…".</summary>
    public const int MaxLabelWidth = 28;

    private const string Partial = "▏▎▍▌▋▊▉";
    private const char Full = '█';

    /// <summary>Appends the chart (one line per row, each ending in a line break); nothing when the table has no chart column.</summary>
    public static StringBuilder Append(StringBuilder builder, AnswerTable table)
    {
        if (table.ChartColumn is not { } column || column < 0)
        {
            return builder;
        }
        var max = 0d;
        foreach (var row in table.Rows)
        {
            if (ValueAt(row, column) is { } value && value > max)
            {
                max = value;
            }
        }
        if (max <= 0)
        {
            return builder;
        }
        var labelColumn = LabelColumn(table, column);
        var labels = new string[table.Rows.Count];
        var labelWidth = 0;
        for (var r = 0; r < labels.Length; r++)
        {
            var cells = table.Rows[r].Cells;
            labels[r] = labelColumn >= 0 && labelColumn < cells.Count ? TextFit.ToWidth(TextFit.SingleLine(cells[labelColumn].Text), MaxLabelWidth) : "";
            labelWidth = Math.Max(labelWidth, DisplayWidth.Of(labels[r]));
        }
        for (var r = 0; r < labels.Length; r++)
        {
            var row = table.Rows[r];
            builder.Append(labels[r]).Append(' ', labelWidth - DisplayWidth.Of(labels[r])).Append("  ");
            var drawn = AppendBar(builder, ValueAt(row, column), max);
            builder.Append(' ', BarWidth - drawn + 1);
            var text = column < row.Cells.Count ? TextFit.ToWidth(TextFit.SingleLine(row.Cells[column].Text), MaxLabelWidth) : "";
            builder.Append(text);
            var end = builder.Length;
            while (end > 0 && builder[end - 1] == ' ')
            {
                end--;
            }
            builder.Length = end;
            builder.Append('\n');
        }
        return builder;
    }

    /// <summary>Appends the bar for <paramref name="value"/> against <paramref name="max"/>; returns its width in columns.</summary>
    public static int AppendBar(StringBuilder builder, double? value, double max)
    {
        if (value is not { } v || !double.IsFinite(v) || v <= 0 || max <= 0)
        {
            return 0;
        }
        var eighths = (int)Math.Round(Math.Min(v, max) / max * BarWidth * 8, MidpointRounding.AwayFromZero);
        eighths = Math.Max(1, eighths);
        var full = eighths / 8;
        var rest = eighths % 8;
        builder.Append(Full, full);
        if (rest > 0)
        {
            builder.Append(Partial[rest - 1]);
        }
        return full + (rest > 0 ? 1 : 0);
    }

    private static double? ValueAt(AnswerRow row, int column) =>
        column < row.Cells.Count && row.Cells[column].Value is { } value && double.IsFinite(value) ? value : null;

    /// <summary>The first column, other than the charted one, whose cells are not all numbers (e.g. the model name, not the rank).</summary>
    private static int LabelColumn(AnswerTable table, int chartColumn)
    {
        var columns = table.Columns.Count;
        for (var c = 0; c < columns; c++)
        {
            if (c == chartColumn)
            {
                continue;
            }
            foreach (var row in table.Rows)
            {
                if (c < row.Cells.Count && row.Cells[c].Value is null && !IsNumber(row.Cells[c].Text))
                {
                    return c;
                }
            }
        }
        return chartColumn == 0 ? -1 : 0;
    }

    private static bool IsNumber(string text) =>
        double.TryParse(text.AsSpan().Trim().TrimStart('#'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
