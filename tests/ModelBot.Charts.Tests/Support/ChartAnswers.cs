using ModelBot.Commands.Answers;

namespace ModelBot.Charts.Tests.Support;

/// <summary>Hand-built answers for what the real data never shows: a disputed and a rounded figure in first place, mixed units.</summary>
internal static class ChartAnswers
{
    public static readonly SourceNote First = new(1, "first", "The first article", "Publisher One", "2026-04-11", "001.txt");
    public static readonly SourceNote Second = new(2, "second", "The second article", "unknown", null, "002.txt");

    private static readonly RowMeasure Percent = new("%", false);
    private static readonly RowMeasure Tokens = new("M tokens", true);

    /// <summary>A lower-is-better leaderboard whose leader is disputed and whose runner-up is rounded.</summary>
    public static Answer MarkedLeaderboard { get; } = new()
    {
        Ok = true,
        Command = "benchmark",
        Title = "Output tokens leaderboard",
        Tables =
        [
            new AnswerTable
            {
                Caption = "Output tokens",
                Columns = ["Rank", "Model", "Value", "Evaluator"],
                ChartColumn = 2,
                Rows =
                [
                    Ranked("1", "Model A", new AnswerCell("58 M tokens", 58, true, [1], Disputed: true), Tokens),
                    Ranked("2", "Model B", new AnswerCell("120 M tokens", 120, false, [2]) { Approximate = true }, Tokens),
                    Ranked("3", "Model C", new AnswerCell("157 M tokens", 157, false, [1]), Tokens),
                ],
            },
        ],
        Sources = [First, Second],
    };

    /// <summary>Three models over rows in two units, one row lower-is-better, one model without a figure on a row.</summary>
    public static Answer MixedCompare { get; } = new()
    {
        Ok = true,
        Command = "compare",
        Title = "Model A vs Model B vs Model C",
        Tables =
        [
            new AnswerTable
            {
                Caption = "Shared benchmarks",
                Columns = ["Benchmark", "Model A", "Model B", "Model C"],
                ChartSeries = true,
                Rows =
                [
                    new AnswerRow([new AnswerCell("Humanity's Last Exam (no tools)"), Figure(42.8, "42.8%", true), Figure(40.0, "40.0%"), Figure(39.1, "39.1%")]) { Measure = Percent },
                    new AnswerRow([new AnswerCell("Humanity's Last Exam (no tools, Contemplating)"), Figure(50.2, "50.2%", true), new AnswerCell("—"), Figure(48.4, "48.4%")]) { Measure = Percent },
                    new AnswerRow([new AnswerCell("Output tokens (lower is better)"), Figure(58, "58 M tokens", true), Figure(157, "157 M tokens"), Figure(120, "120 M tokens")]) { Measure = Tokens },
                ],
            },
        ],
        Sources = [First],
    };

    private static AnswerRow Ranked(string rank, string model, AnswerCell value, RowMeasure measure) =>
        new AnswerRow([new AnswerCell(rank), new AnswerCell(model), value, new AnswerCell("Meta")]) { Measure = measure };

    private static AnswerCell Figure(double value, string text, bool leader = false) => new(text, value, leader, [1]);
}
