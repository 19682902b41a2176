using ModelBot.Commands.Answers;
using ModelBot.Commands.Building;
using ModelBot.Commands.Catalog;
using ModelBot.Core.Dataset;

namespace ModelBot.Commands.ModelLists;

/// <summary>"list all benchmarks": every benchmark of the dataset by category, with what it measures and its unit.</summary>
public static class BenchmarkListAnswer
{
    /// <summary>The columns of the list.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["Benchmark", "Measures", "Unit"];

    /// <summary>Builds the answer from the dataset's benchmarks.</summary>
    public static Answer Build(CuratedDataset dataset, IReadOnlyList<string>? only = null)
    {
        if (only is { Count: > 0 })
        {
            var chosen = only.Select(id => dataset.BenchmarksById[id]).ToList();
            return new Answer
            {
                Ok = true,
                Command = CommandNames.Ask,
                Title = string.Join(" vs ", chosen.Select(b => b.Name)),
                Summary = string.Join(" ", chosen.Select(b =>
                    $"**{b.Name}** measures {char.ToLowerInvariant(b.Measures[0])}{b.Measures.AsSpan(1).TrimEnd('.')} ({b.Metric}, {FigureText.Unit(b.Unit)}, {(b.Direction == Direction.LowerIsBetter ? "lower" : "higher")} is better)."
                    + (b.Notes is { Length: > 0 } notes ? " " + notes : ""))),
                Tables = [new AnswerTable { Caption = "Benchmarks", Columns = Columns, Rows = [.. chosen.Select(b => new AnswerRow([new AnswerCell(b.Name), new AnswerCell(b.Measures), new AnswerCell(FigureText.Unit(b.Unit))]))] }],
            };
        }

        var byCategory = dataset.Benchmarks.GroupBy(b => b.Category ?? "Other").ToList();
        var summary = $"The dataset has {dataset.Benchmarks.Count} benchmarks: "
            + string.Join("; ", byCategory.Select(g => $"{g.Key}: {string.Join(", ", g.Select(b => b.Name))}")) + ".";
        return new Answer
        {
            Ok = true,
            Command = CommandNames.Ask,
            Title = "Benchmarks in the dataset",
            Summary = summary,
            Tables = [.. byCategory.Select(g => new AnswerTable
            {
                Caption = g.Key,
                Columns = Columns,
                Rows = [.. g.Select(b => new AnswerRow([new AnswerCell(b.Name), new AnswerCell(b.Measures), new AnswerCell(FigureText.Unit(b.Unit))]))],
            })],
        };
    }
}
