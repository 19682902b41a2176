using ModelBot.Commands.Answers;
using ModelBot.Commands.Rendering;

namespace ModelBot.Charts.Planning;

/// <summary>
/// Reads the chart off an answer, computing nothing the answer does not hold: a table with a
/// <see cref="AnswerTable.ChartColumn"/> becomes a ranking (a bar per row, in the answer's order, the leader marked), a
/// table with <see cref="AnswerTable.ChartSeries"/> a grouped comparison (a colour per model). Rows are split by unit,
/// so percent, Elo and tokens each get their own panel; rows without a known unit are never drawn.
/// </summary>
public static class ChartPlanner
{
    /// <summary>Most panels on one image.</summary>
    public const int MaxPanels = 4;

    /// <summary>Most bars on one image, so it stays readable on a phone and quick to draw.</summary>
    public const int MaxBars = 48;

    /// <summary>Most models a comparison draws: one colour each from the palette.</summary>
    public const int MaxSeries = 7;

    /// <summary>Longest row label, in columns, before it is cut (it is drawn on up to four short lines).</summary>
    public const int MaxLabelWidth = 90;

    /// <summary>The chart for <paramref name="answer"/>, or null when it has no figures to draw.</summary>
    public static ChartPlan? Plan(Answer answer)
    {
        if (!answer.Ok)
        {
            return null;
        }
        var panels = new List<ChartPanel>(2);
        var bars = 0;
        var leftOut = 0;
        var cited = new SortedSet<int>();
        foreach (var table in answer.Tables)
        {
            var candidates = table.ChartSeries ? Grouped(table) : table.ChartColumn is { } column ? Ranking(table, column) : [];
            foreach (var (panel, cells) in candidates)
            {
                var perGroup = Math.Max(1, panel.Series.Count);
                var room = Math.Min(panel.Groups.Count, (MaxBars - bars) / perGroup);
                if (panels.Count >= MaxPanels || room <= 0)
                {
                    leftOut += panel.Groups.Count;
                    continue;
                }
                leftOut += panel.Groups.Count - room;
                panels.Add(room == panel.Groups.Count ? panel : panel with { Groups = [.. panel.Groups.Take(room)] });
                bars += room * perGroup;
                foreach (var cell in cells.Take(room).SelectMany(c => c))
                {
                    foreach (var number in cell.SourceRefs ?? [])
                    {
                        cited.Add(number);
                    }
                }
            }
        }
        if (panels.Count == 0)
        {
            return null;
        }
        return new ChartPlan
        {
            Title = TextFit.SingleLine(answer.Title),
            Panels = panels,
            Sources = [.. answer.Sources.Where(s => cited.Contains(s.Number))],
            RowsLeftOut = leftOut,
        };
    }

    /// <summary>A bar per row with a figure in <paramref name="column"/>, labelled by the row's text cells; a panel per unit.</summary>
    private static IEnumerable<(ChartPanel Panel, List<AnswerCell[]> Cells)> Ranking(AnswerTable table, int column)
    {
        var rows = table.Rows.Where(r => r.Measure is not null && column < r.Cells.Count && IsDrawable(r.Cells[column])).ToList();
        var labels = RowLabels(table, rows, column);
        var byUnit = rows.Select((row, i) => (Row: row, Label: labels[i])).GroupBy(r => r.Row.Measure!.Unit, StringComparer.Ordinal).ToList();
        foreach (var unit in byUnit)
        {
            var groups = unit.Select(r => new ChartGroup(r.Label, [Bar(r.Row.Cells[column])], r.Row.Measure!.LowerIsBetter)).ToList();
            var caption = byUnit.Count == 1 ? TextFit.SingleLine(table.Caption) : string.Concat(TextFit.SingleLine(table.Caption), " · ", UnitNames.Caption(unit.Key));
            yield return (new ChartPanel(caption, unit.Key, [""], groups), [.. unit.Select(r => new[] { r.Row.Cells[column] })]);
        }
    }

    /// <summary>A group per row (benchmark), a bar per model column with a figure; a panel per unit.</summary>
    private static IEnumerable<(ChartPanel Panel, List<AnswerCell[]> Cells)> Grouped(AnswerTable table)
    {
        var series = table.Columns.Skip(1).Take(MaxSeries).Select(TextFit.SingleLine).ToArray();
        var rows = table.Rows.Where(r => r.Measure is not null && r.Cells.Skip(1).Take(series.Length).Any(IsDrawable)).ToList();
        var labels = DistinctFit.ToWidth([.. rows.Select(r => TextFit.SingleLine(r.Cells[0].Text))], MaxLabelWidth);
        var byUnit = rows.Select((row, i) => (Row: row, Label: labels[i])).GroupBy(r => r.Row.Measure!.Unit, StringComparer.Ordinal);
        foreach (var unit in byUnit)
        {
            var groups = new List<ChartGroup>();
            var cells = new List<AnswerCell[]>();
            foreach (var (row, label) in unit)
            {
                var drawn = new ChartBar?[series.Length];
                for (var s = 0; s < series.Length; s++)
                {
                    var cell = s + 1 < row.Cells.Count ? row.Cells[s + 1] : null;
                    drawn[s] = cell is not null && IsDrawable(cell) ? Bar(cell) : null;
                }
                groups.Add(new ChartGroup(label, drawn, row.Measure!.LowerIsBetter));
                cells.Add([.. row.Cells.Skip(1).Take(series.Length)]);
            }
            yield return (new ChartPanel(UnitNames.Caption(unit.Key), unit.Key, series, groups), cells);
        }
    }

    /// <summary>
    /// Each row's label: its first text column other than the charted one (the model on a leaderboard, the benchmark in
    /// a list of figures), with further text columns added in parentheses where rows would otherwise read the same.
    /// </summary>
    private static string[] RowLabels(AnswerTable table, List<AnswerRow> rows, int chartColumn)
    {
        var textColumns = Enumerable.Range(0, table.Columns.Count)
            .Where(c => c != chartColumn && !TableCells.IsNumericColumn(table, c))
            .ToList();
        if (textColumns.Count == 0)
        {
            return [.. rows.Select((_, i) => (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))];
        }
        string Cell(AnswerRow row, int c) => c < row.Cells.Count ? TextFit.SingleLine(row.Cells[c].Text).Trim() : "";
        var labels = rows.Select(r => Cell(r, textColumns[0])).ToArray();
        foreach (var extra in textColumns.Skip(1))
        {
            if (labels.Distinct(StringComparer.Ordinal).Count() == labels.Length)
            {
                break;
            }
            var values = rows.Select(r => Cell(r, extra)).ToArray();
            if (values.Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }
            var repeated = labels.GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < labels.Length; i++)
            {
                if (values[i].Length > 0 && repeated.Contains(labels[i]))
                {
                    labels[i] = string.Concat(labels[i], " (", values[i], ")");
                }
            }
        }
        return DistinctFit.ToWidth(labels, MaxLabelWidth);
    }

    private static bool IsDrawable(AnswerCell cell) => cell.Value is { } value && double.IsFinite(value);

    private static ChartBar Bar(AnswerCell cell) =>
        new(cell.Value!.Value, TextFit.SingleLine(cell.Text), cell.IsLeader, cell.Disputed, cell.Approximate);
}
