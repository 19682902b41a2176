using System.Text.Json.Serialization;

namespace ModelBot.Commands.Answers;

/// <summary>
/// The platform-neutral answer. Renderers (console, Discord, Slack, JSON) lay it out; they never compute.
/// Serialised as the `json` format of `modelbot ask`: <c>ok</c>, <c>command</c>, <c>title</c>, <c>results</c>,
/// and on failure <c>error</c> and <c>suggestions</c>.
/// </summary>
public sealed record Answer
{
    public required bool Ok { get; init; }
    /// <summary>Catalog command that produced it: compare, benchmark, model, ask, help.</summary>
    public required string Command { get; init; }
    public required string Title { get; init; }
    /// <summary>One or two plain sentences under the title (may contain **bold** only).</summary>
    public string? Summary { get; init; }
    /// <summary>Key facts, e.g. a model's vendor or a benchmark's metric.</summary>
    public IReadOnlyList<AnswerFact> Facts { get; init; } = [];
    public IReadOnlyList<AnswerTable> Tables { get; init; } = [];
    /// <summary>Every figure shown, with ids from data/.</summary>
    public IReadOnlyList<ResultFigure> Results { get; init; } = [];
    /// <summary>Numbered sources referenced by <see cref="AnswerCell.SourceRefs"/> and <see cref="ResultFigure.SourceRef"/>.</summary>
    public IReadOnlyList<SourceNote> Sources { get; init; } = [];
    /// <summary>Disagreements between sources, disputed figures, models without a figure.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
    public string? Error { get; init; }
    public IReadOnlyList<string> Suggestions { get; init; } = [];
    /// <summary>Errors and help are shown only to the asker.</summary>
    public bool Ephemeral { get; init; }
    /// <summary>
    /// The answer reports a passing fault (an unexpected error, with a reference), not the dataset: it is never reused
    /// for another request. Not part of the <c>json</c> format.
    /// </summary>
    [JsonIgnore]
    public bool Transient { get; init; }
}

/// <summary>A labelled fact with the sources that state it.</summary>
public sealed record AnswerFact(string Label, string Value, IReadOnlyList<int> SourceRefs);

/// <summary>A table: compare (benchmarks × models), leaderboard (rank, model, value), profile results.</summary>
public sealed record AnswerTable
{
    public required string Caption { get; init; }
    public required IReadOnlyList<string> Columns { get; init; }
    public required IReadOnlyList<AnswerRow> Rows { get; init; }
    /// <summary>Index of the column whose numbers a bar chart may draw, or null for none.</summary>
    public int? ChartColumn { get; init; }

    /// <summary>
    /// The columns after the first are series (one model each) that a grouped bar chart may draw side by side, a
    /// group per row. Not part of the <c>json</c> format.
    /// </summary>
    [JsonIgnore]
    public bool ChartSeries { get; init; }
}

/// <summary>A table row: its cells and, when its numbers are figures of one benchmark, what they measure.</summary>
public sealed record AnswerRow(IReadOnlyList<AnswerCell> Cells)
{
    /// <summary>
    /// The unit and direction of the row's figures, so a chart never puts two units on one axis and draws a
    /// lower-is-better figure as such; null when the row's numbers are no benchmark figures. Not part of the <c>json</c> format.
    /// </summary>
    [JsonIgnore]
    public RowMeasure? Measure { get; init; }
}

/// <summary>What a row's figures measure: the unit as answers write it ("%", "Elo", "M tokens") and whether lower is better.</summary>
public sealed record RowMeasure(string Unit, bool LowerIsBetter);

/// <summary>A cell: its text as shown, its number if any, whether it leads its row or column, and footnote numbers.</summary>
public sealed record AnswerCell(string Text, double? Value = null, bool IsLeader = false, IReadOnlyList<int>? SourceRefs = null, bool Disputed = false)
{
    /// <summary>The source rounds the figure ("roughly 76"); charts mark it "~". Not part of the <c>json</c> format.</summary>
    [JsonIgnore]
    public bool Approximate { get; init; }
}

/// <summary>One figure in an answer, with ids from data/.</summary>
public sealed record ResultFigure
{
    public required string Model { get; init; }
    public required string Benchmark { get; init; }
    public required string Setting { get; init; }
    public required double Value { get; init; }
    /// <summary>"%", "Elo", "tokens", "M tokens", "points".</summary>
    public required string Unit { get; init; }
    /// <summary>Source id from data/.</summary>
    public required string Source { get; init; }
    public required int SourceRef { get; init; }
    public required string Evaluator { get; init; }
    public bool Disputed { get; init; }
    /// <summary>The source rounds this figure ("roughly 76"); written to JSON only when true.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool Approximate { get; init; }
}

/// <summary>A numbered footnote: the source's title, publisher, date and locator (seed file).</summary>
public sealed record SourceNote(int Number, string Id, string Title, string Publisher, string? Date, string Locator);
