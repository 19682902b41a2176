using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Building;
using ModelBot.Commands.Catalog;
using ModelBot.Core.Dataset;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Explain;

/// <summary>
/// Explains a mode: which models have it, what the articles say it does (with their sources), and the figures
/// measured in it, which rank apart from standard runs.
/// </summary>
public sealed class ExplainModeAnswerBuilder
{
    /// <summary>The columns of the table of figures measured in the mode.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["Benchmark", "Model", "Value", "Setting"];

    /// <summary>Builds the answer for <paramref name="mode"/> from the dataset.</summary>
    public Answer Build(string mode, CuratedDataset dataset)
    {
        var models = dataset.Models.Where(m => m.Modes.Contains(mode, StringComparer.OrdinalIgnoreCase)).ToList();
        var cited = new SourceList(dataset);
        foreach (var model in models)
        {
            foreach (var id in ModeSources(model))
            {
                cited.Add(id);
            }
        }

        var runs = dataset.Results
            .Where(r => models.Any(m => m.Id == r.Model) && (InSetting(r.Setting, mode) || NamedAfter(dataset.ModelsById[r.Model], mode)))
            .ToList();
        cited.AddAll(runs);
        var sources = new SourceNumbering(cited.Sources);
        var figures = new FigureCollector(sources, runs.Count);
        var rows = new List<AnswerRow>(runs.Count);
        foreach (var run in runs)
        {
            var benchmark = dataset.BenchmarksById[run.Benchmark];
            var model = dataset.ModelsById[run.Model];
            figures.Add(benchmark, model, [run]);
            rows.Add(new AnswerRow(
            [
                new AnswerCell(benchmark.Name),
                new AnswerCell(model.Name),
                new AnswerCell(FigureValueText.Of(run, benchmark.Unit), run.Value, false, sources.Numbers([run]), run.Disputed) { Approximate = run.Approximate },
                new AnswerCell(FigureText.SettingLabel(run.Setting)),
            ]) { Measure = FigureText.Measure(benchmark) });
        }

        var summary = new StringBuilder(400);
        var described = models.Where(m => m.ModeNotes.ContainsKey(mode)).ToList();
        summary.Append("**").Append(mode).Append("** is a mode of ").Append(string.Join(", ", models.Select(m => "**" + m.Name + "**"))).Append(". ");
        if (described.Count > 0)
        {
            summary.Append(described[0].ModeNotes[mode]);
            if (!summary.ToString().EndsWith('.'))
            {
                summary.Append('.');
            }
        }
        else
        {
            summary.Append("The sources name it without saying what it does.");
        }

        if (runs.Count > 0)
        {
            summary.Append(" Figures measured in it rank apart from standard runs (").Append(runs.Count).Append(runs.Count == 1 ? " figure" : " figures").Append(" below).");
        }

        var facts = described.Count == 0 ? [] : described.Select(m => new AnswerFact(m.Name, m.ModeNotes[mode], sources.Numbers([.. ModeSources(m).Select(id => dataset.SourcesById[id])]))).ToArray();
        return new Answer
        {
            Ok = true,
            Command = CommandNames.Ask,
            Title = mode + " mode",
            Summary = summary.ToString(),
            Facts = facts,
            Tables = rows.Count == 0 ? [] : [new AnswerTable { Caption = "Figures in " + mode + " mode", Columns = Columns, Rows = rows, ChartColumn = 2 }],
            Results = figures.Results,
            Sources = sources.Notes,
            Notes = figures.Notes,
        };
    }

    private static IReadOnlyList<string> ModeSources(Model model) =>
        model.FactSources.TryGetValue("mode_notes", out var ids) && ids.Count > 0 ? ids
        : model.FactSources.TryGetValue("modes", out var modeIds) && modeIds.Count > 0 ? modeIds
        : model.Sources;

    private static bool InSetting(string setting, string mode) =>
        setting.Split(',', StringSplitOptions.TrimEntries).Contains(mode, StringComparer.OrdinalIgnoreCase);

    private static bool NamedAfter(Model model, string mode) => model.Name.Contains(mode, StringComparison.OrdinalIgnoreCase);
}
