using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Building;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Facts;
using ModelBot.Commands.Leaderboard;
using ModelBot.Core.Dataset;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Profile;

/// <summary>
/// Lays out a <see cref="ModelProfileReport"/>: the model's facts with their sources, and a table of its results
/// (benchmark, setting, value), one row per benchmark and setting, every source's figure kept.
/// </summary>
public sealed class ProfileAnswerBuilder
{
    /// <summary>The columns of the results table.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["Benchmark", "Setting", "Value", "Evaluator"];

    /// <summary>Builds the answer; <paramref name="command"/> is "model", or "ask" when a question led here.</summary>
    public Answer Build(ModelProfileReport report, string command = CommandNames.Model)
    {
        var model = report.Model;
        var sources = new SourceNumbering(report.Sources);
        var figureCount = 0;
        foreach (var benchmark in report.Benchmarks)
        {
            figureCount += benchmark.Figures.Count;
        }

        var figures = new FigureCollector(sources, figureCount);
        var rows = new List<AnswerRow>(report.Benchmarks.Count + 4);
        foreach (var benchmark in report.Benchmarks)
        {
            AddRows(benchmark, model, sources, figures, rows);
        }

        return new Answer
        {
            Ok = true,
            Command = command,
            Title = model.Name,
            Summary = Summary(report, rows.Count),
            Facts = FactAnswerBuilder.Facts(report.Facts, sources),
            Tables = rows.Count == 0 ? [] : [new AnswerTable { Caption = "Results", Columns = Columns, Rows = rows }],
            Results = figures.Results,
            Sources = sources.Notes,
            Notes = figures.Notes,
        };
    }

    private static void AddRows(BenchmarkFigures benchmark, Model model, SourceNumbering sources, FigureCollector figures, List<AnswerRow> rows)
    {
        var all = benchmark.Figures;
        var start = 0;
        while (start < all.Count)
        {
            var end = start + 1;
            while (end < all.Count && string.Equals(all[end].Setting, all[start].Setting, StringComparison.Ordinal))
            {
                end++;
            }

            var group = end - start == all.Count ? all : Slice(all, start, end);
            figures.Add(benchmark.Benchmark, model, group);
            var shown = Shown(group);
            var label = benchmark.Benchmark.Direction == Direction.LowerIsBetter ? benchmark.Benchmark.Name + " (lower is better)" : benchmark.Benchmark.Name;
            rows.Add(new AnswerRow(
            [
                new AnswerCell(label),
                new AnswerCell(shown.Setting),
                new AnswerCell(ValueText(group, shown, benchmark.Benchmark.Unit), shown.Value, SourceRefs: sources.Numbers(group), Disputed: shown.Disputed),
                // Who ran it: Meta's own 42.8 and Artificial Analysis's 39.9 on HLE are different claims.
                new AnswerCell(LeaderboardAnswerBuilder.Evaluators(group)),
            ]));
            start = end;
        }
    }

    private static Result[] Slice(IReadOnlyList<Result> figures, int start, int end)
    {
        var slice = new Result[end - start];
        for (var i = start; i < end; i++)
        {
            slice[i - start] = figures[i];
        }

        return slice;
    }

    /// <summary>The figure a row shows: the first undisputed one (all disputed: the first).</summary>
    private static Result Shown(IReadOnlyList<Result> group)
    {
        foreach (var figure in group)
        {
            if (!figure.Disputed)
            {
                return figure;
            }
        }

        return group[0];
    }

    /// <summary>"42.8%", or "40.1% / 41.2%" when sources disagree, so no figure is silently dropped.</summary>
    private static string ValueText(IReadOnlyList<Result> group, Result shown, Unit unit)
    {
        var text = FigureText.Value(shown, unit);
        foreach (var figure in group)
        {
            if (!figure.Value.Equals(shown.Value) && !text.Contains(FigureText.Value(figure, unit), StringComparison.Ordinal))
            {
                text = string.Concat(text, " / ", FigureText.Value(figure, unit));
            }
        }

        return text;
    }

    /// <param name="resultCount">The rows of the results table: one per benchmark and setting, however many articles repeat it.</param>
    private static string Summary(ModelProfileReport report, int resultCount) =>
        Described(report.Model, CountsSummary(report, resultCount));

    /// <summary>The summary, then what the model is in the notes' own words (their first sentence that is no curator's remark).</summary>
    private static string Described(Model model, string summary) =>
        Lookup.NoteSearch.FirstSentence(model) is { } first ? string.Concat(summary, " ", first) : summary;

    private static string CountsSummary(ModelProfileReport report, int resultCount)
    {
        var model = report.Model;
        var text = new StringBuilder(160);
        text.Append("**").Append(model.Name).Append("**").Append(model.Vendor is { } vendor ? " by " + vendor : ", vendor not stated in the sources");
        if (ModelFacts.ReleaseText(model) is { } released)
        {
            text.Append(", released ").Append(released);
        }

        text.Append(model.Weights switch
        {
            WeightsAvailability.Open => ", open weights",
            WeightsAvailability.Closed => ", closed weights",
            _ => "",
        });
        text.Append(". ");
        var articles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var benchmark in report.Benchmarks)
        {
            foreach (var figure in benchmark.Figures)
            {
                articles.Add(figure.Source);
            }
        }

        if (resultCount == 0)
        {
            return text.Append("The dataset has no benchmark figures for it.").ToString();
        }

        text.Append(resultCount).Append(resultCount == 1 ? " result on " : " results on ").Append(report.Benchmarks.Count)
            .Append(report.Benchmarks.Count == 1 ? " benchmark, from " : " benchmarks, from ").Append(articles.Count)
            .Append(articles.Count == 1 ? " article." : " articles.");
        return text.ToString();
    }
}
