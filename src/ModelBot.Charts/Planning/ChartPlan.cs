using ModelBot.Commands.Answers;

namespace ModelBot.Charts.Planning;

/// <summary>
/// What one chart image shows, read off an answer: the title, one panel per unit (percent, Elo and tokens never
/// share an axis), the sources the drawn figures cite, which marks appear, and how many rows were left out.
/// </summary>
public sealed record ChartPlan
{
    /// <summary>The answer's title.</summary>
    public required string Title { get; init; }

    /// <summary>Panels top to bottom; at least one.</summary>
    public required IReadOnlyList<ChartPanel> Panels { get; init; }

    /// <summary>The footnotes the drawn figures cite, in number order.</summary>
    public required IReadOnlyList<SourceNote> Sources { get; init; }

    /// <summary>Table rows with figures that did not fit on the image.</summary>
    public int RowsLeftOut { get; init; }

    /// <summary>Whether any drawn bar leads (★).</summary>
    public bool LeaderShown => Panels.Any(p => p.Groups.Any(g => g.Bars.Any(b => b is { Leader: true })));

    /// <summary>Whether any drawn bar is disputed (†).</summary>
    public bool DisputedShown => Panels.Any(p => p.Groups.Any(g => g.Bars.Any(b => b is { Disputed: true })));

    /// <summary>Whether any drawn bar is a rounded figure (~).</summary>
    public bool ApproximateShown => Panels.Any(p => p.Groups.Any(g => g.Bars.Any(b => b is { Approximate: true })));
}

/// <summary>
/// One axis of bars in one unit: a ranking (one series: a bar per row, in the answer's order) or a comparison (a group
/// of bars per row, a colour per series).
/// </summary>
/// <param name="Caption">Above the panel: the leaderboard's caption, or the unit's name for a comparison.</param>
/// <param name="Unit">As answers write it: "%", "Elo", "M tokens", "tokens", "points".</param>
/// <param name="Series">The models drawn in colour, one per bar of a group; a single empty name for a ranking.</param>
/// <param name="Groups">Rows top to bottom.</param>
public sealed record ChartPanel(string Caption, string Unit, IReadOnlyList<string> Series, IReadOnlyList<ChartGroup> Groups)
{
    /// <summary>One bar per row, coloured by whether it leads rather than by series.</summary>
    public bool IsRanking => Series.Count == 1;

    /// <summary>Every row's figures are better when lower.</summary>
    public bool LowerIsBetter => Groups.Count > 0 && Groups.All(g => g.LowerIsBetter);

    /// <summary>Rows differ in direction: the axis names none, each such row's label says it.</summary>
    public bool MixedDirections => Groups.Any(g => g.LowerIsBetter) && !LowerIsBetter;
}

/// <summary>A row of the answer's table as drawn: its label and one bar per series (null where a model has no figure).</summary>
public sealed record ChartGroup(string Label, IReadOnlyList<ChartBar?> Bars, bool LowerIsBetter);

/// <summary>A figure as drawn: its value, its text as the answer shows it, and its marks.</summary>
public sealed record ChartBar(double Value, string Text, bool Leader, bool Disputed, bool Approximate);
