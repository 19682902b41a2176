using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Building;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Leaderboard;
using ModelBot.Core.Dataset;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.TopicLeaders;

/// <summary>
/// Lays out who leads each benchmark of a topic ("best model for medical questions"): one row per benchmark and
/// setting with the leader, its value, the runner-up and the evaluator, taken from the leaderboards.
/// </summary>
public sealed class TopicLeadersAnswerBuilder
{
    /// <summary>The columns of the table.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["Benchmark", "Leader", "Value", "Runner-up", "Evaluator"];

    /// <summary>The text of a cell without a runner-up (the leader has the only figure).</summary>
    public const string NoRunnerUp = "—";

    /// <summary>
    /// Builds the answer for <paramref name="topic"/> ("Health", "coding") from its benchmarks' leaderboards; with
    /// <paramref name="openWeightsOnly"/> the leaderboards hold only open-weight models (<see cref="OpenWeightsLeaderboard"/>).
    /// </summary>
    public Answer Build(string topic, IReadOnlyList<LeaderboardReport> reports, bool openWeightsOnly = false)
    {
        var rows = new List<Row>(reports.Count);
        var cited = new SourceList(reports);
        var withoutFigures = new List<string>();
        foreach (var report in reports)
        {
            var before = rows.Count;
            foreach (var section in report.Sections)
            {
                // Like with like: special-mode runs (Contemplating, Deep Think) never lead a topic over standard runs.
                if (section.Entries.Count == 0 || (section.ModeRuns && report.Sections.Any(s => !s.ModeRuns && s.Entries.Count > 0)))
                {
                    continue;
                }

                var leaders = section.Entries.Where(e => e.Rank == 1).ToArray();
                var runnerUp = section.Entries.FirstOrDefault(e => e.Rank > 1);
                rows.Add(new Row(report.Benchmark, section.Setting, leaders, runnerUp));
                foreach (var leader in leaders)
                {
                    cited.AddAll(leader.Figures);
                }

                if (runnerUp is not null)
                {
                    cited.AddAll(runnerUp.Figures);
                }
            }

            if (rows.Count == before)
            {
                withoutFigures.Add(report.Benchmark.Name);
            }
        }

        var sources = new SourceNumbering(cited.Sources);
        var figures = new FigureCollector(sources, rows.Count * 3);
        var answerRows = new AnswerRow[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            answerRows[r] = AnswerRowOf(rows[r], sources, figures);
        }

        if (withoutFigures.Count > 0)
        {
            figures.Note(openWeightsOnly
                ? $"No open-weight model has a figure on: {string.Join(", ", withoutFigures)}."
                : $"No figures yet on: {string.Join(", ", withoutFigures)}.");
        }

        var caption = openWeightsOnly ? Kind(topic) + "s, open-weight models only" : Kind(topic) + "s";
        return new Answer
        {
            Ok = true,
            Command = CommandNames.Ask,
            Title = (openWeightsOnly ? "Open-weight leaders on " : "Leaders on ") + (topic.Length == 0 ? "every benchmark" : topic + " benchmarks"),
            Summary = !openWeightsOnly ? Summary(rows, topic) + RowDetails(rows)
                : rows.Count == 0 ? $"No open-weight model has a figure on the {Kind(topic)}s."
                : "Among open-weight models: " + Lowered(Summary(rows, topic)) + RowDetails(rows),
            Tables = rows.Count == 0 ? [] : [new AnswerTable { Caption = caption, Columns = Columns, Rows = answerRows }],
            Results = figures.Results,
            Sources = sources.Notes,
            Notes = figures.Notes,
        };
    }

    /// <summary>"coding benchmark"; a topic of every benchmark (an empty label) is just "benchmark".</summary>
    private static string Kind(string topic) => topic.Length == 0 ? "benchmark" : topic + " benchmark";

    /// <summary>"Across 3 …" continuing a sentence: "across 3 …" (a name such as "**Gemma 4**" stays as it is).</summary>
    private static string Lowered(string summary) =>
        summary.StartsWith("Across ", StringComparison.Ordinal) ? "across " + summary["Across ".Length..] : summary;

    private static AnswerRow AnswerRowOf(Row row, SourceNumbering sources, FigureCollector figures)
    {
        var benchmark = row.Benchmark;
        var leaderFigures = new List<Result>();
        foreach (var leader in row.Leaders)
        {
            figures.Add(benchmark, leader.Model, leader.Figures);
            leaderFigures.AddRange(leader.Figures);
        }

        var first = row.Leaders[0].Figure;
        AnswerCell runnerUp = new(NoRunnerUp);
        if (row.RunnerUp is { } next)
        {
            figures.Add(benchmark, next.Model, next.Figures);
            runnerUp = new AnswerCell(
                FigureText.EntrantWithValue(next, benchmark.Unit),
                SourceRefs: sources.Numbers(next.Figures),
                Disputed: next.IsDisputed);
        }

        return new AnswerRow(
        [
            new AnswerCell(FigureText.RowLabel(benchmark, row.Setting)),
            new AnswerCell(string.Join(" and ", row.Leaders.Select(l => l.Label))),
            new AnswerCell(FigureText.Value(first, benchmark.Unit), first.Value, IsLeader: true, sources.Numbers(leaderFigures), row.Leaders.Any(l => l.IsDisputed)),
            runnerUp,
            new AnswerCell(LeaderboardAnswerBuilder.Evaluators(leaderFigures)),
        ]);
    }

    /// <summary>The most rows whose leader and figure the headline names one by one.</summary>
    private const int DetailedRows = 6;

    /// <summary>
    /// " HealthBench Hard: **Muse Spark** 42.8%, 2.7 points ahead of GPT-5.4 (40.1%); …": each row's leader with the
    /// figure and the margin, which is what a "best model for X" question is after; empty beyond a few rows.
    /// </summary>
    private static string RowDetails(List<Row> rows)
    {
        if (rows.Count == 0 || rows.Count > DetailedRows)
        {
            return "";
        }

        var text = new StringBuilder(300);
        foreach (var row in rows)
        {
            var unit = row.Benchmark.Unit;
            var lead = row.Leaders[0];
            text.Append(text.Length == 0 ? " " : "; ").Append(FigureText.RowLabel(row.Benchmark, row.Setting)).Append(": ")
                .Append(string.Join(" and ", row.Leaders.Select(l => "**" + l.Label + "**"))).Append(' ').Append(FigureValueText.Of(lead.Figure, unit));
            if (row.RunnerUp is { } next)
            {
                text.Append(", ").Append(FigureText.Difference(lead.Figure, next.Figure, unit))
                    .Append(row.Benchmark.Direction == Direction.LowerIsBetter ? " fewer than " : " ahead of ")
                    .Append(FigureText.EntrantWithValue(next, unit));
            }
        }

        return text.Append('.').ToString();
    }

    /// <summary>"Across 2 Health benchmark rows, **Muse Spark** leads 1 and **Gemini 3.1 Pro** leads 1."</summary>
    private static string Summary(List<Row> rows, string topic)
    {
        if (rows.Count == 0)
        {
            return $"The dataset has no figures on {Kind(topic)}s yet.";
        }

        var leads = new List<(Model Model, int Count)>();
        var ties = 0;
        foreach (var row in rows)
        {
            if (row.Leaders.Length > 1)
            {
                ties++;
                continue;
            }

            var at = leads.FindIndex(l => l.Model.Id == row.Leaders[0].Model.Id);
            if (at < 0)
            {
                leads.Add((row.Leaders[0].Model, 1));
            }
            else
            {
                leads[at] = (leads[at].Model, leads[at].Count + 1);
            }
        }

        // Most leads first; equal counts keep the order of first appearance (a stable sort).
        var ordered = leads.Select((lead, index) => (lead, index)).OrderByDescending(p => p.lead.Count).ThenBy(p => p.index).Select(p => p.lead).ToList();
        var rowsText = rows.Count == 1 ? $"the one {Kind(topic)} row" : $"{rows.Count} {Kind(topic)} rows";
        if (ordered.Count == 1 && ties == 0)
        {
            return $"**{ordered[0].Model.Name}** leads {rows.Count switch { 1 => rowsText, 2 => $"both {Kind(topic)} rows", _ => "all " + rowsText }}.";
        }

        var text = new StringBuilder(160).Append("Across ").Append(rowsText).Append(", ");
        for (var i = 0; i < ordered.Count; i++)
        {
            if (i > 0)
            {
                text.Append(i == ordered.Count - 1 && ties == 0 ? " and " : ", ");
            }

            text.Append("**").Append(ordered[i].Model.Name).Append("** leads ").Append(ordered[i].Count);
        }

        if (ties > 0)
        {
            text.Append(ordered.Count == 0 ? "" : ", and ").Append(ties).Append(ties == 1 ? " is a tie" : " are ties");
        }

        return text.Append('.').ToString();
    }

    private sealed record Row(Benchmark Benchmark, string Setting, LeaderboardEntry[] Leaders, LeaderboardEntry? RunnerUp);
}
