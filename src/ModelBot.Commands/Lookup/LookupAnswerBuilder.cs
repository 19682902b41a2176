using System.Globalization;
using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Building;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Leaderboard;
using ModelBot.Core.Dataset;
using ModelBot.Core.Phrasing;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Lookup;

/// <summary>Answers the lookups: a note sentence, the figures a question quotes, one evaluator's figures.</summary>
public sealed partial class LookupAnswerBuilder
{
    /// <summary>The columns of a table of figures.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["Benchmark", "Model", "Value", "Setting", "Evaluator"];

    /// <summary>"From the sources on Muse Spark: “Built from scratch in nine months.”"</summary>
    public Answer Note(Model model, string sentence, CuratedDataset dataset)
    {
        var sources = new SourceNumbering([.. model.Sources.Where(dataset.SourcesById.ContainsKey).Select(id => dataset.SourcesById[id])]);
        return new Answer
        {
            Ok = true,
            Command = CommandNames.Ask,
            Title = model.Name,
            Summary = $"From the sources on **{model.Name}**: “{sentence}”",
            Facts = [new AnswerFact("Notes", sentence, sources.Numbers([.. sources.Notes.Select(n => dataset.SourcesById[n.Id])]))],
            Sources = sources.Notes,
        };
    }

    /// <summary>Whether a quoted number is that figure: the same to a tenth, or a whole number the figure rounds to ("86" for 86.4).</summary>
    public static bool Quotes(double quoted, double figure, bool typedWhole = true) =>
        Math.Abs(figure - quoted) < 0.05 || (typedWhole && quoted == Math.Floor(quoted) && Math.Abs(figure - quoted) < 0.5);

    /// <summary>The figures with the quoted values, each with model, benchmark, setting, evaluator and source.</summary>
    public Answer Figures(FigureLookupRequest request, CuratedDataset dataset, IReadOnlyList<LeaderboardReport>? boards = null)
    {
        var found = new List<Result>();
        var text = new StringBuilder(300);
        foreach (var value in request.Values)
        {
            var matches = dataset.Results.Where(r => Quotes(value, r.Value, !request.Decimals.Contains(value))
                && (request.Models.Count == 0 || request.Models.Contains(r.Model))
                && (request.Benchmarks.Count == 0 || request.Benchmarks.Contains(r.Benchmark))).ToList();
            var shown = value.ToString(CultureInfo.InvariantCulture);
            if (matches.Count == 0)
            {
                // "did Llama 4 get 77.1 on LiveCodeBench Pro?": no, and where that number does come from.
                var elsewhere = dataset.Results.Where(r => Math.Abs(r.Value - value) < 0.05
                    && (request.Models.Count == 0 || request.Models.Contains(r.Model) || request.Benchmarks.Count == 0 || request.Benchmarks.Contains(r.Benchmark))).ToList();
                text.Append(text.Length == 0 ? "" : " ").Append("No figure of ").Append(shown).Append(" for what was named in the sources")
                    .Append(elsewhere.Count == 0 ? "." : "; " + shown + " is " + string.Join(", ", elsewhere.DistinctBy(r => (r.Model, r.Benchmark)).Select(r =>
                        $"{dataset.ModelsById[r.Model].Name}'s {dataset.BenchmarksById[r.Benchmark].Name} figure")) + ".");
                foreach (var named in NamedFigures(request, dataset, text))
                {
                    found.Add(named);
                }

                foreach (var other in elsewhere.DistinctBy(r => (r.Model, r.Benchmark)))
                {
                    found.Add(other);
                }

                continue;
            }

            foreach (var result in matches)
            {
                // The same figure in several articles is one figure with several sources.
                if (!found.Any(f => f.Model == result.Model && f.Benchmark == result.Benchmark && f.Setting == result.Setting && f.Value.Equals(result.Value) && f.Evaluator == result.Evaluator))
                {
                    found.Add(result);
                }
            }
        }

        // "Is it an official number?": beside a figure from another article, what the official table gives for the same pair.
        var official = dataset.Vocabulary.Evaluators.FirstOrDefault(e => e.Source is not null);
        var officialFigures = official is null ? [] : dataset.Results
            .Where(r => EvaluatorLeaderboard.Matches(r, official) && found.Any(f => !EvaluatorLeaderboard.Matches(f, official) && f.Model == r.Model && f.Benchmark == r.Benchmark) && !found.Contains(r))
            .ToList();
        var cited = found.Concat(officialFigures).SelectMany(f => dataset.Results.Where(r => r.Model == f.Model && r.Benchmark == f.Benchmark && r.Setting == f.Setting && r.Value.Equals(f.Value)))
            .Select(r => r.Source).Distinct().Select(id => dataset.SourcesById[id]).ToList();
        var sources = new SourceNumbering(cited);
        var figures = new FigureCollector(sources, found.Count);
        var rows = new List<AnswerRow>();
        var lines = new StringBuilder(400);
        var leaders = new List<(Benchmark Benchmark, Model Model, IReadOnlyList<Result> Figures)>();
        foreach (var result in found)
        {
            var benchmark = dataset.BenchmarksById[result.Benchmark];
            var model = dataset.ModelsById[result.Model];
            figures.Add(benchmark, model, [result]);
            var setting = FigureText.SettingLabel(result.Setting);
            var source = dataset.SourcesById[result.Source];
            var exact = request.Values.Any(v => Math.Abs(v - result.Value) < 0.05);
            lines.Append(lines.Length == 0 ? "" : " ").Append(exact ? "" : $"Not quite: the figure is ").Append(FigureValueText.Of(result, benchmark.Unit)).Append(": **").Append(model.Name).Append("** on ")
                .Append(benchmark.Name).Append(" (").Append(setting).Append("), measured by ")
                .Append(result.Evaluator == "not stated" ? "an evaluator the article does not name" : result.Evaluator)
                .Append(", ").Append(SameFigureSources(result, dataset, sources));
            if (boards?.FirstOrDefault(b => b.Benchmark.Id == result.Benchmark) is { } board
                && board.Sections.FirstOrDefault(sec => sec.Entries.Any(e => e.Model.Id == result.Model && e.Figures.Contains(result))) is { } section
                && section.Entries.First(e => e.Model.Id == result.Model && e.Figures.Contains(result)) is var entry)
            {
                // Where it stands answers the premise ("so Opus 4.6 leads with 73.7?").
                lines.Append(section.ModeRuns ? "; a special-mode run, ranked apart" : $"; {FigureText.Ordinal(entry.Rank)} of {section.Entries.Count}");
                if (!section.ModeRuns && entry.Rank > 1)
                {
                    lines.Append(", behind **").Append(section.Entries[0].Label).Append("** (").Append(FigureValueText.Of(section.Entries[0].Figure, benchmark.Unit)).Append(')');
                    // The runner-up asked about ("is Gemini really second?") is the figure ahead of it.
                    var ahead = section.Entries[Math.Max(0, section.Entries.ToList().IndexOf(entry) - 1)];
                    if (entry.Rank > 2 && section.Entries.FirstOrDefault(e => e.Rank == 2) is { } second)
                    {
                        // "is it really the runner-up?": who is.
                        lines.Append("; second is **").Append(second.Label).Append("** (").Append(FigureValueText.Of(second.Figure, benchmark.Unit)).Append(')');
                        leaders.Add((benchmark, second.Model, second.Figures));
                    }

                    leaders.Add((benchmark, ahead.Model, ahead.Figures));
                    leaders.Add((benchmark, section.Entries[0].Model, section.Entries[0].Figures));
                }
            }

            if (result.Disputed)
            {
                lines.Append("; disputed: it contradicts Meta's official table");
            }
            else if (result.Notes is { Length: > 0 } notes && notes.Contains("official table", StringComparison.OrdinalIgnoreCase))
            {
                lines.Append("; ").Append(char.ToLowerInvariant(notes[0])).Append(notes.AsSpan(1).TrimEnd('.'));
            }

            lines.Append('.');
            rows.Add(new AnswerRow(
            [
                new AnswerCell(benchmark.Name),
                new AnswerCell(model.Name),
                new AnswerCell(FigureValueText.Of(result, benchmark.Unit), result.Value, false, sources.Numbers([result]), result.Disputed) { Approximate = result.Approximate },
                new AnswerCell(setting),
                new AnswerCell(result.Evaluator),
            ]) { Measure = FigureText.Measure(benchmark) });
        }

        foreach (var (board, model, leading) in leaders.DistinctBy(l => (l.Benchmark.Id, l.Model.Id)))
        {
            var shown = leading.Where(f => sources.Notes.Any(n => n.Id == f.Source)).ToList();
            if (shown.Count > 0 && !found.Any(r => r.Model == model.Id && r.Benchmark == board.Id))
            {
                figures.Add(board, model, shown);
            }
        }

        // "meta's table has it at 50.4 on HLE no tools?": the figure in the setting asked, beside the one quoted.
        if (request.Setting is { } asked)
        {
            var inAsked = dataset.Results.Where(r => found.Any(f => f.Model == r.Model && f.Benchmark == r.Benchmark && !f.Setting.Contains(asked, StringComparison.OrdinalIgnoreCase))
                    && string.Equals(r.Setting, asked, StringComparison.OrdinalIgnoreCase) && sources.Notes.Any(n => n.Id == r.Source))
                .DistinctBy(r => (r.Model, r.Benchmark, r.Value)).ToList();
            foreach (var result in inAsked)
            {
                lines.Append(" In the setting asked (").Append(asked).Append("): ").Append(dataset.ModelsById[result.Model].Name).Append(' ')
                    .Append(FigureValueText.Of(result, dataset.BenchmarksById[result.Benchmark].Unit)).Append(" (").Append(result.Evaluator).Append(").");
                figures.Add(dataset.BenchmarksById[result.Benchmark], dataset.ModelsById[result.Model], [result]);
            }
        }

        if (officialFigures.Count > 0)
        {
            lines.Append(' ').Append(official!.Evaluator).Append("'s official table gives ")
                .Append(string.Join(", ", officialFigures.Select(r => $"{dataset.ModelsById[r.Model].Name} {FigureValueText.Of(r, dataset.BenchmarksById[r.Benchmark].Unit)} ({(FigureText.SettingLabel(r.Setting))})")))
                .Append(" on ").Append(string.Join(", ", officialFigures.Select(r => dataset.BenchmarksById[r.Benchmark].Name).Distinct())).Append('.');
            foreach (var result in officialFigures)
            {
                figures.Add(dataset.BenchmarksById[result.Benchmark], dataset.ModelsById[result.Model], [result]);
            }
        }

        return new Answer
        {
            Ok = true,
            Command = CommandNames.Ask,
            Title = "Where these figures come from",
            // A quoted number that is not what was named comes first: that is the answer to "did it get 77.1 on X?".
            Summary = ((text.Length > 0 ? text + " " : "") + lines).Trim(),
            Tables = rows.Count == 0 ? [] : [new AnswerTable { Caption = "Figures", Columns = Columns, Rows = rows, ChartColumn = 2 }],
            Results = figures.Results,
            Sources = sources.Notes,
            Notes = figures.Notes,
        };
    }

    /// <summary>What the dataset does hold for the model and benchmark named: " Llama 4 has no LiveCodeBench Pro figure." or its figures.</summary>
    private static List<Result> NamedFigures(FigureLookupRequest request, CuratedDataset dataset, StringBuilder text)
    {
        var shown = new List<Result>();
        foreach (var modelId in request.Models)
        {
            foreach (var benchmarkId in request.Benchmarks)
            {
                var own = dataset.Results.Where(r => r.Model == modelId && r.Benchmark == benchmarkId).DistinctBy(r => (r.Setting, r.Value)).ToList();
                shown.AddRange(own);
                var (model, benchmark) = (dataset.ModelsById[modelId], dataset.BenchmarksById[benchmarkId]);
                if (own.Count == 0)
                {
                    text.Append(' ').Append($"The dataset has no {benchmark.Name} figure for {model.Name}.");
                }
                else
                {
                    // Described with their provenance like the quoted figures, below the correction.
                    text.Append(' ').Append($"What the sources give for {model.Name} on {benchmark.Name}:");
                }
            }
        }

        return shown;
    }

    /// <summary>"sources 1, 3": every article that gives this same figure.</summary>
    private static string SameFigureSources(Result result, CuratedDataset dataset, SourceNumbering sources)
    {
        var ids = dataset.Results.Where(r => r.Model == result.Model && r.Benchmark == result.Benchmark && r.Setting == result.Setting && r.Value.Equals(result.Value))
            .Select(r => r.Source).Distinct().ToList();
        var numbers = ids.Where(id => sources.Notes.Any(n => n.Id == id)).Select(sources.Number).Order().ToList();
        return (numbers.Count == 1 ? "source " : "sources ") + string.Join(", ", numbers);
    }

}
