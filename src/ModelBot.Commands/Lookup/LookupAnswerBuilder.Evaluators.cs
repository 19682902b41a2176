using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Building;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Leaderboard;
using ModelBot.Core.Dataset;
using ModelBot.Core.Phrasing;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Lookup;

/// <summary>Who measured what: one evaluator's figures, the gap between two evaluators, the evaluators of a benchmark or of some models.</summary>
public sealed partial class LookupAnswerBuilder
{
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
                    new AnswerCell(FigureValueText.Of(result, benchmark.Unit), result.Value, false, sources.Numbers([result]), result.Disputed) { Approximate = result.Approximate },
                    new AnswerCell(FigureText.SettingLabel(result.Setting)),
                    new AnswerCell(result.Evaluator),
                ]) { Measure = FigureText.Measure(benchmark) });
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
                    && ModelModeSetting.Split(r.Setting, model).Mode is null && !r.Disputed)
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
}
