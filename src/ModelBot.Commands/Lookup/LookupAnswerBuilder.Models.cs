using ModelBot.Commands.Answers;
using ModelBot.Commands.Building;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Leaderboard;
using ModelBot.Core.Dataset;
using ModelBot.Core.Phrasing;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Lookup;

/// <summary>Questions across models: counts, models with or without figures, models the notes describe, what tools add.</summary>
public sealed partial class LookupAnswerBuilder
{
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
}
