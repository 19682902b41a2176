using System.Globalization;
using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Building;
using ModelBot.Commands.Catalog;
using ModelBot.Core.Dataset;
using ModelBot.Core.Phrasing;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Lookup;

/// <summary>Answers the lookups: a note sentence, the figures a question quotes, one evaluator's figures.</summary>
public sealed class LookupAnswerBuilder
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
                new AnswerCell(FigureValueText.Of(result, benchmark.Unit), result.Value, false, sources.Numbers([result]), result.Disputed),
                new AnswerCell(setting),
                new AnswerCell(result.Evaluator),
            ]));
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

    /// <summary>
    /// "gap between the official and the Artificial Analysis HLE score": one model's figures on one benchmark from each
    /// evaluator asked about, and the difference between them (the settings may differ, which the answer says).
    /// </summary>
    public Answer EvaluatorGap(IReadOnlyList<EvaluatorWords> evaluators, Model model, Benchmark benchmark, CuratedDataset dataset)
    {
        var picked = new List<(EvaluatorWords Evaluator, Result Figure)>();
        foreach (var evaluator in evaluators)
        {
            // The evaluator's figure without tools when it has several: the like-for-like reading of "its score".
            var own = dataset.Results.Where(r => r.Model == model.Id && r.Benchmark == benchmark.Id && EvaluatorLeaderboard.Matches(r, evaluator)
                    && ModelModeSettingOf(model, r.Setting) is null && !r.Disputed)
                .OrderBy(r => r.Setting.Contains("with tools", StringComparison.OrdinalIgnoreCase) ? 1 : 0).FirstOrDefault();
            if (own is not null)
            {
                picked.Add((evaluator, own));
            }
        }

        var sources = new SourceNumbering([.. picked.Select(p => p.Figure.Source).Distinct().Select(id => dataset.SourcesById[id])]);
        var figures = new FigureCollector(sources, picked.Count);
        foreach (var (_, figure) in picked)
        {
            figures.Add(benchmark, model, [figure]);
        }

        string summary;
        if (picked.Count < 2)
        {
            summary = $"The dataset has {benchmark.Name} figures for **{model.Name}** from " + (picked.Count == 0 ? "neither evaluator asked about." : $"{Who(picked[0].Evaluator)} only: {FigureValueText.Of(picked[0].Figure, benchmark.Unit)}.");
        }
        else
        {
            var (a, b) = (picked[0], picked[1]);
            summary = $"**{model.Name}** on {benchmark.Name}: {Who(a.Evaluator)} {FigureValueText.Of(a.Figure, benchmark.Unit)} ({Setting(a.Figure)}), "
                + $"{Who(b.Evaluator)} {FigureValueText.Of(b.Figure, benchmark.Unit)} ({Setting(b.Figure)}): "
                + $"{FigureText.Difference(a.Figure, b.Figure, benchmark.Unit)} apart"
                + (a.Figure.Setting == b.Figure.Setting ? "." : "; the two do not state the same setting, so the gap may partly be a difference of setting.");
        }

        return new Answer
        {
            Ok = true,
            Command = CommandNames.Ask,
            Title = $"{model.Name} on {benchmark.Name}, by evaluator",
            Summary = summary,
            Results = figures.Results,
            Sources = sources.Notes,
            Notes = figures.Notes,
        };

        static string Who(EvaluatorWords evaluator) => evaluator.Source is null ? evaluator.Evaluator : evaluator.Evaluator + "'s official table";
        static string Setting(Result figure) => FigureText.SettingLabel(figure.Setting);
    }

    private static string? ModelModeSettingOf(Model model, string setting) =>
        model.Modes.FirstOrDefault(mode => setting.Split(',', StringSplitOptions.TrimEntries).Contains(mode, StringComparer.OrdinalIgnoreCase));

    /// <summary>"The official table compares 5 models: …" — counted over the figures the filters keep, each named.</summary>
    public Answer Count(CountRequest request, CuratedDataset dataset)
    {
        var results = dataset.Results.Where(r => (request.Evaluator is null || EvaluatorLeaderboard.Matches(r, request.Evaluator)) && (request.Model is null || r.Model == request.Model)).ToList();
        var where = (request.Evaluator is null ? "the dataset" : request.Evaluator.Source is null ? request.Evaluator.Evaluator + "'s figures" : request.Evaluator.Evaluator + "'s official table")
            + (request.Model is null ? "" : " for " + dataset.ModelsById[request.Model].Name);
        List<string> names = request.Benchmarks
            ? [.. results.Select(r => r.Benchmark).Distinct().Select(id => dataset.BenchmarksById[id].Name)]
            : [.. results.Select(r => r.Model).Distinct().Select(id => dataset.ModelsById[id].Name)];
        var total = request.Benchmarks ? dataset.Benchmarks.Count : dataset.Models.Count;
        var kind = request.Benchmarks ? "benchmarks" : "models";
        var summary = $"{Capitalised(where)} {(request.Benchmarks ? "covers" : "has figures for")} {names.Count} {kind}: {string.Join(", ", names)}."
            + (request.Evaluator is null && request.Model is null ? $" The dataset holds {total} {kind} in all{(request.Benchmarks ? "" : ", some without benchmark figures")}." : "");
        var sources = new SourceNumbering([.. results.Select(r => r.Source).Distinct().Select(id => dataset.SourcesById[id])]);
        return new Answer
        {
            Ok = true,
            Command = CommandNames.Ask,
            Title = $"How many {kind}",
            Summary = summary,
            Sources = sources.Notes,
        };

        static string Capitalised(string text) => string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));
    }

    /// <summary>Models with (or without) benchmark figures in the dataset, each with how many.</summary>
    public Answer FiguresList(FiguresListRequest request, CuratedDataset dataset)
    {
        var models = dataset.Models.Where(m => (!request.OpenOnly || m.Weights == WeightsAvailability.Open)
                && (request.Vendor is null || string.Equals(m.Vendor, request.Vendor, StringComparison.OrdinalIgnoreCase)))
            .Where(m => dataset.ResultsByModel.ContainsKey(m.Id) == request.WithFigures).ToList();
        var what = (request.OpenOnly ? "open-weight models" : request.Vendor is null ? "models" : request.Vendor + " models") + (request.WithFigures ? " with benchmark figures" : " without any benchmark figure");
        var summary = models.Count == 0
            ? $"No {what} in the sources."
            : $"{models.Count} {what}: " + string.Join(", ", models.Select(m => request.WithFigures
                ? $"**{m.Name}** ({dataset.ResultsByModel[m.Id].Select(r => r.Benchmark).Distinct().Count() switch { 1 => "1 benchmark", var n => n + " benchmarks" }})"
                : $"**{m.Name}**")) + ".";
        return new Answer { Ok = true, Command = CommandNames.Ask, Title = char.ToUpperInvariant(what[0]) + what[1..], Summary = summary };
    }

    /// <summary>"which Chinese models are mentioned?": the models whose notes use the word, with the sentence that does.</summary>
    public Answer DescribedModels(string word, CuratedDataset dataset)
    {
        var found = dataset.Models.Where(m => NoteSearch.Mentions(m, word)).ToList();
        var sources = new SourceNumbering([.. found.SelectMany(m => m.Sources).Distinct().Where(dataset.SourcesById.ContainsKey).Select(id => dataset.SourcesById[id])]);
        return new Answer
        {
            Ok = true,
            Command = CommandNames.Ask,
            Title = $"Models the sources call {word}",
            Summary = $"{found.Count} {(found.Count == 1 ? "model" : "models")} the sources describe as {word}: {string.Join(", ", found.Select(m => "**" + m.Name + "**"))}.",
            Facts = [.. found.Select(m => new AnswerFact(m.Name, NoteSearch.Sentences(m.Notes).First(sentence => System.Text.RegularExpressions.Regex.IsMatch(sentence, $@"\b{System.Text.RegularExpressions.Regex.Escape(word)}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)), sources.Numbers([.. m.Sources.Where(dataset.SourcesById.ContainsKey).Select(id => dataset.SourcesById[id])])))],
            Sources = sources.Notes,
        };
    }

    /// <summary>What tools add: each model's with-tools standard run minus its no-tools one, largest gain first.</summary>
    public Answer ToolsGain(LeaderboardReport report, Model? model, CuratedDataset dataset)
    {
        var benchmark = report.Benchmark;
        var without = report.Sections.FirstOrDefault(s => !s.ModeRuns && s.Setting.Equals("no tools", StringComparison.OrdinalIgnoreCase));
        var with = report.Sections.FirstOrDefault(s => !s.ModeRuns && s.Setting.Equals("with tools", StringComparison.OrdinalIgnoreCase));
        var pairs = new List<(LeaderboardEntry Without, LeaderboardEntry With)>();
        foreach (var entry in without?.Entries ?? [])
        {
            if ((model is null || entry.Model.Id == model.Id) && with?.Entries.FirstOrDefault(e => e.Model.Id == entry.Model.Id) is { } other)
            {
                pairs.Add((entry, other));
            }
        }

        pairs.Sort((a, b) => (b.With.Figure.Value - b.Without.Figure.Value).CompareTo(a.With.Figure.Value - a.Without.Figure.Value));
        var sources = new SourceNumbering(report.Sources);
        var figures = new FigureCollector(sources, pairs.Count * 2);
        foreach (var (a, b) in pairs)
        {
            figures.Add(benchmark, a.Model, a.Figures);
            figures.Add(benchmark, b.Model, b.Figures);
        }

        string Line((LeaderboardEntry Without, LeaderboardEntry With) p) =>
            $"**{p.Without.Label}** {FigureValueText.Of(p.Without.Figure, benchmark.Unit)} without tools, {FigureValueText.Of(p.With.Figure, benchmark.Unit)} with tools "
            + $"({(p.With.Figure.Value >= p.Without.Figure.Value ? "+" : "−")}{FigureText.Difference(p.With.Figure, p.Without.Figure, benchmark.Unit)})";
        var skipped = report.Sections.Where(s => s.ModeRuns).SelectMany(s => s.Entries).Where(e => model is null || e.Model.Id == model.Id).Select(e => e.Label).Distinct().ToList();
        var summary = pairs.Count == 0
            ? $"The sources give no {(model is null ? "model" : model.Name)} standard runs on {benchmark.Name} both with and without tools."
            : $"On {benchmark.Name}, standard runs: " + string.Join("; ", pairs.Select(Line)) + ".";
        if (skipped.Count > 0)
        {
            summary += $" Not counted: {string.Join(", ", skipped)}, special-mode runs, which set a mode's run against a standard one.";
        }

        return new Answer
        {
            Ok = true,
            Command = CommandNames.Ask,
            Title = $"What tools add on {benchmark.Name}" + (model is null ? "" : $" for {model.Name}"),
            Summary = summary,
            Results = figures.Results,
            Sources = sources.Notes,
            Notes = figures.Notes,
        };
    }

    /// <summary>Who measured a benchmark's figures: each evaluator with the models it gives, and the figures no article attributes.</summary>
    public Answer WhoMeasured(Benchmark benchmark, Model? model, CuratedDataset dataset)
    {
        var results = dataset.Results.Where(r => r.Benchmark == benchmark.Id && (model is null || r.Model == model.Id)).ToList();
        var sources = new SourceNumbering([.. results.Select(r => r.Source).Distinct().Select(id => dataset.SourcesById[id])]);
        var figures = new FigureCollector(sources, results.Count);
        foreach (var result in results)
        {
            figures.Add(benchmark, dataset.ModelsById[result.Model], [result]);
        }

        var parts = results.GroupBy(r => r.Evaluator).Select(g =>
        {
            var who = g.Key == "not stated" ? "No evaluator named" : g.Key + (g.All(r => r.Independent) ? " (independent)" : "");
            var numbers = string.Join(", ", g.Select(r => r.Source).Distinct().Select(sources.Number).Order());
            var figuresText = string.Join(", ", g.DistinctBy(r => (r.Model, r.Setting, r.Value)).Select(r => model is null
                ? $"{dataset.ModelsById[r.Model].Name} {FigureValueText.Of(r, benchmark.Unit)}"
                : $"{FigureValueText.Of(r, benchmark.Unit)} ({(FigureText.SettingLabel(r.Setting))})"));
            return $"{who}: {figuresText} (source{(numbers.Contains(',') ? "s" : "")} {numbers})";
        });
        return new Answer
        {
            Ok = true,
            Command = CommandNames.Ask,
            Title = $"Who measured {benchmark.Name}" + (model is null ? "" : $" for {model.Name}"),
            Summary = results.Count == 0
                ? $"The dataset has no {benchmark.Name} figures{(model is null ? "" : " for " + model.Name)}."
                : $"{benchmark.Name}{(model is null ? "" : " for **" + model.Name + "**")} — " + string.Join("; ", parts) + ".",
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

    /// <summary>Who measured the figures of some models, per benchmark: "LiveCodeBench v6 — evaluator not named (source 1)".</summary>
    public Answer WhoMeasuredModels(IReadOnlyList<Model> models, CuratedDataset dataset)
    {
        var ids = models.Select(m => m.Id).ToHashSet();
        var results = dataset.Results.Where(r => ids.Contains(r.Model)).ToList();
        var sources = new SourceNumbering([.. results.Select(r => r.Source).Distinct().Select(id => dataset.SourcesById[id])]);
        var figures = new FigureCollector(sources, results.Count);
        foreach (var result in results)
        {
            figures.Add(dataset.BenchmarksById[result.Benchmark], dataset.ModelsById[result.Model], [result]);
        }

        var parts = results.GroupBy(r => r.Evaluator).Select(g =>
            (g.Key == "not stated" ? "the article names no evaluator for " : g.Key + " measured ")
            + string.Join(", ", g.Select(r => dataset.BenchmarksById[r.Benchmark].Name).Distinct())
            + $" (source{(g.Select(r => r.Source).Distinct().Count() > 1 ? "s" : "")} {string.Join(", ", g.Select(r => r.Source).Distinct().Select(sources.Number).Order())})");
        return new Answer
        {
            Ok = true,
            Command = CommandNames.Ask,
            Title = "Who measured " + string.Join(" and ", models.Select(m => m.Name)),
            Summary = results.Count == 0 ? "The dataset has no figures for them." : $"For {string.Join(" and ", models.Select(m => "**" + m.Name + "**"))}: " + string.Join("; ", parts) + ".",
            Results = figures.Results,
            Sources = sources.Notes,
            Notes = figures.Notes,
        };
    }

    /// <summary>"sources 1, 3": every article that gives this same figure.</summary>
    private static string SameFigureSources(Result result, CuratedDataset dataset, SourceNumbering sources)
    {
        var ids = dataset.Results.Where(r => r.Model == result.Model && r.Benchmark == result.Benchmark && r.Setting == result.Setting && r.Value.Equals(result.Value))
            .Select(r => r.Source).Distinct().ToList();
        var numbers = ids.Where(id => sources.Notes.Any(n => n.Id == id)).Select(sources.Number).Order().ToList();
        return (numbers.Count == 1 ? "source " : "sources ") + string.Join(", ", numbers);
    }

    /// <summary>Every figure one evaluator reports, by benchmark, for one model or all.</summary>
    public Answer ByEvaluator(EvaluatorWords evaluator, Model? model, CuratedDataset dataset)
    {
        var results = dataset.Results.Where(r => EvaluatorLeaderboard.Matches(r, evaluator) && (model is null || r.Model == model.Id))
            .DistinctBy(r => (r.Model, r.Benchmark, r.Setting, r.Value)).ToList();
        var sources = new SourceNumbering([.. results.Select(r => r.Source).Distinct().Select(id => dataset.SourcesById[id])]);
        var figures = new FigureCollector(sources, results.Count);
        var rows = new List<AnswerRow>();
        var text = new StringBuilder(400);
        var who = evaluator.Source is null ? evaluator.Evaluator : evaluator.Evaluator + "'s official table";
        var parts = new List<string>();
        foreach (var group in results.GroupBy(r => r.Benchmark))
        {
            var benchmark = dataset.BenchmarksById[group.Key];
            var ordered = group.OrderBy(r => benchmark.Direction == Direction.LowerIsBetter ? r.Value : -r.Value).ToList();
            parts.Add(benchmark.Name + " — " + string.Join(", ", ordered.Select(r => (model is null ? dataset.ModelsById[r.Model].Name + " " : "") + FigureValueText.Of(r, benchmark.Unit))));
            foreach (var result in ordered)
            {
                var owner = dataset.ModelsById[result.Model];
                figures.Add(benchmark, owner, [result]);
                rows.Add(new AnswerRow(
                [
                    new AnswerCell(benchmark.Name),
                    new AnswerCell(owner.Name),
                    new AnswerCell(FigureValueText.Of(result, benchmark.Unit), result.Value, false, sources.Numbers([result]), result.Disputed),
                    new AnswerCell(FigureText.SettingLabel(result.Setting)),
                    new AnswerCell(result.Evaluator),
                ]));
            }
        }

        text.Append(who).Append(model is null ? " gives " : $" gives {model.Name} ").Append(results.Count).Append(results.Count == 1 ? " figure: " : " figures: ")
            .Append(string.Join("; ", parts));

        return new Answer
        {
            Ok = true,
            Command = CommandNames.Ask,
            Title = model is null ? who + " figures" : $"{who} figures for {model.Name}",
            Summary = results.Count == 0 ? $"The dataset has no figures from {who}{(model is null ? "" : " for " + model.Name)}." : text.Append('.').ToString(),
            Tables = rows.Count == 0 ? [] : [new AnswerTable { Caption = who, Columns = Columns, Rows = rows, ChartColumn = 2 }],
            Results = figures.Results,
            Sources = sources.Notes,
            Notes = figures.Notes,
        };
    }
}
