using System.Globalization;
using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Building;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Leaderboard;
using ModelBot.Core.Dataset;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Disagreements;

/// <summary>
/// Where the articles give one model's figure on one benchmark differently: the same setting with different values
/// (a disputed one marked), the same model measured by different evaluators, and one run that two articles may label
/// in two settings. Figures that only round differently ("~76" beside 76.1) agree.
/// </summary>
public static class DisagreementsAnswerBuilder
{
    /// <summary>The columns of the table of disagreements.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["Benchmark", "Model", "Figures", "Kind"];

    private const int NamedInSummary = 5;

    /// <summary>Builds the answer from every figure of <paramref name="dataset"/>, limited to a model or benchmark when asked.</summary>
    public static Answer Build(DisagreementsRequest request, CuratedDataset dataset, IReadOnlyList<LeaderboardReport> reports)
    {
        var found = new List<Disagreement>();
        foreach (var group in dataset.Results
                     .Where(r => (request.Model is null || r.Model == request.Model) && (request.Benchmark is null || r.Benchmark == request.Benchmark))
                     .GroupBy(r => (r.Model, r.Benchmark)))
        {
            var benchmark = dataset.BenchmarksById[group.Key.Benchmark];
            var model = dataset.ModelsById[group.Key.Model];
            var bySetting = group.GroupBy(r => r.Setting, StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var setting in bySetting)
            {
                if (DiffersBeyondRounding([.. setting]))
                {
                    found.Add(new Disagreement(benchmark, model, [.. setting], setting.Any(r => r.Disputed) ? "sources differ; one figure disputed" : "sources differ") { SameSetting = true });
                }
            }

            foreach (var pair in EvaluatorPairs(model, [.. group]))
            {
                found.Add(new Disagreement(benchmark, model, pair, "different evaluators"));
            }
        }

        foreach (var report in reports.Where(r => request.Benchmark is null || r.Benchmark.Id == request.Benchmark))
        {
            foreach (var section in report.Sections.Where(s => s.ModeRuns))
            {
                foreach (var entry in section.Entries.Where(e => request.Model is null || e.Model.Id == request.Model))
                {
                    if (LeaderboardAnswerBuilder.PossiblySameRun(report, section, entry) is var (otherSection, other) && string.CompareOrdinal(section.Setting, otherSection.Setting) < 0)
                    {
                        found.Add(new Disagreement(report.Benchmark, entry.Model, [.. entry.Figures, .. other.Figures], "possibly one run in two settings"));
                    }
                }
            }
        }

        var cited = new SourceList(dataset);
        foreach (var disagreement in found)
        {
            cited.AddAll(disagreement.Figures);
        }

        var sources = new SourceNumbering(cited.Sources);
        var figures = new FigureCollector(sources, found.Count * 3);
        var rows = new AnswerRow[found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            var d = found[i];
            figures.Add(d.Benchmark, d.Model, d.Figures);
            rows[i] = new AnswerRow(
            [
                new AnswerCell(d.Benchmark.Name),
                new AnswerCell(d.Model.Name),
                new AnswerCell(FiguresText(d, sources), SourceRefs: sources.Numbers(d.Figures), Disputed: d.Figures.Any(f => f.Disputed)),
                new AnswerCell(d.Kind),
            ]);
        }

        return new Answer
        {
            Ok = true,
            Command = CommandNames.Ask,
            Title = "Figures the articles give differently",
            Summary = Summary(found, sources),
            Tables = rows.Length == 0 ? [] : [new AnswerTable { Caption = "Disagreements", Columns = Columns, Rows = rows }],
            Results = figures.Results,
            Sources = sources.Notes,
            Notes = figures.Notes,
        };
    }

    private static string Summary(List<Disagreement> found, SourceNumbering sources)
    {
        if (found.Count == 0)
        {
            return "The articles agree on every figure asked about: no two give one model's figure differently.";
        }

        var text = new StringBuilder(600);
        text.Append(found.Count == 1 ? "One figure is" : $"{found.Count} figures are").Append(" given differently: ");
        var named = found.Count <= NamedInSummary + 1 ? found.Count : NamedInSummary;
        for (var i = 0; i < named; i++)
        {
            var d = found[i];
            text.Append(i == 0 ? "" : "; ").Append(d.Benchmark.Name).Append(", **").Append(d.Model.Name).Append("**: ").Append(FiguresText(d, sources))
                .Append(" (").Append(d.Kind).Append(')');
        }

        return text.Append(named < found.Count ? $"; and {found.Count - named} more, listed below." : ".").ToString();
    }

    /// <summary>"40.1% (sources 1, 3) vs 41.2% (source 2, disputed)", each value once with who gives it.</summary>
    private static string FiguresText(Disagreement d, SourceNumbering sources) =>
        string.Join(" vs ", d.Figures.GroupBy(f => (f.Value, f.Evaluator, f.Setting)).Select(g =>
        {
            var numbers = g.Select(f => sources.Number(f.Source)).Distinct().Order().ToList();
            var where = (numbers.Count == 1 ? "source " : "sources ") + string.Join(", ", numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)));
            // Figures of one setting differ by source alone; others say who measured them and in which setting.
            var label = d.SameSetting ? "" : (g.Key.Evaluator == "not stated" ? "evaluator not stated" : g.Key.Evaluator) + ", " + FigureText.SettingLabel(g.Key.Setting) + ", ";
            return FigureValueText.Of(g.First(), d.Benchmark.Unit) + " (" + label + where + (g.Any(f => f.Disputed) ? ", disputed" : "") + ")";
        }));

    /// <summary>
    /// One model's standard runs measured by two evaluators in a comparable setting: the same one, or a figure whose
    /// source states no setting beside the other evaluator's figure closest to it (Artificial Analysis's HLE 39.9 beside
    /// Meta's no-tools 42.8, not its with-tools 50.4). Special-mode runs are compared only with each other.
    /// </summary>
    private static IEnumerable<IReadOnlyList<Result>> EvaluatorPairs(Model model, IReadOnlyList<Result> figures)
    {
        var standard = figures.Where(f => ModelModeSetting.Split(f.Setting, model).Mode is null).ToList();
        foreach (var figure in standard)
        {
            var others = standard.Where(o => !string.Equals(o.Evaluator, figure.Evaluator, StringComparison.Ordinal)).ToList();
            // Figures of one setting are compared above, whoever measured them; here a figure without a setting meets
            // the closest figure another evaluator gives in a stated one.
            var comparable = FigureText.IsDefaultSetting(figure.Setting)
                ? others.Where(o => !FigureText.IsDefaultSetting(o.Setting)).OrderBy(o => Math.Abs(o.Value - figure.Value)).Take(1).ToList()
                : [];
            if (comparable.Count > 0 && DiffersBeyondRounding([figure, comparable[0]]))
            {
                yield return [figure, comparable[0]];
            }
        }
    }

    /// <summary>Whether the values differ by more than the rounding of an approximate one ("~76" agrees with 76.1).</summary>
    private static bool DiffersBeyondRounding(IReadOnlyList<Result> figures)
    {
        for (var i = 0; i < figures.Count; i++)
        {
            for (var j = i + 1; j < figures.Count; j++)
            {
                var (a, b) = (figures[i], figures[j]);
                var tolerance = a.Approximate || b.Approximate ? 0.5 + 1e-9 : 1e-9;
                if (Math.Abs(a.Value - b.Value) > tolerance)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private sealed record Disagreement(Benchmark Benchmark, Model Model, IReadOnlyList<Result> Figures, string Kind)
    {
        /// <summary>The figures share one setting: they differ by source, not by evaluator or setting.</summary>
        public bool SameSetting { get; init; }
    }
}
