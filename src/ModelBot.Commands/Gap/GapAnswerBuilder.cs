using System.Globalization;
using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Building;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Leaderboard;
using ModelBot.Core.Dataset;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Gap;

/// <summary>
/// Answers a gap question with the number asked for in the headline: "On GDPval-AA, Muse Spark (1,444 Elo) trails
/// GPT-5.4 (1,672 Elo) by 228 Elo." One line per setting in which both models have a standard-run figure; when they
/// share none, says so and gives the figures each has.
/// </summary>
public sealed class GapAnswerBuilder
{
    /// <summary>The columns of the table of figures.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["Setting", "Model", "Value", "Evaluator"];

    /// <summary>Builds the answer from <paramref name="report"/> (already cut to an evaluator when one was asked).</summary>
    public Answer Build(LeaderboardReport report, Model first, Model second, bool ratio)
    {
        var benchmark = report.Benchmark;
        var sources = new SourceNumbering(report.Sources);
        var figures = new FigureCollector(sources, 8);
        var rows = new List<AnswerRow>();
        var lines = new List<string>();
        var shared = report.Sections.Where(s => Entry(s, first) is not null && Entry(s, second) is not null).ToList();
        // Like with like: standard runs when both have one; special-mode runs only when that is all they share.
        var compared = shared.Any(s => !s.ModeRuns) ? shared.Where(s => !s.ModeRuns).ToList() : shared;
        foreach (var section in compared)
        {
            var (a, b) = (Entry(section, first)!, Entry(section, second)!);
            lines.Add(Line(benchmark, section, a, b, ratio, compared.Count > 1));
            AddRows(section, [a, b], benchmark, sources, figures, rows);
        }

        if (compared.Count == 0)
        {
            // Asked outright ("does Gemini 3.1 Pro beat Muse Spark Contemplating with tools?"): a standard run against a
            // special-mode run of the same setting, the difference given and the mode said.
            foreach (var (first1, second1) in CrossModePairs(report, first, second))
            {
                lines.Add(Line(benchmark, first1.Section, first1.Entry, second1.Entry, ratio, nameSetting: true).TrimEnd('.')
                    + $" — {(first1.Section.ModeRuns ? first1.Entry.Label : second1.Entry.Label)} is a special-mode run, which leaderboards rank apart.");
                AddRows(first1.Section, [first1.Entry], benchmark, sources, figures, rows);
                AddRows(second1.Section, [second1.Entry], benchmark, sources, figures, rows);
            }
        }

        if (compared.Count == 0 && lines.Count == 0)
        {
            foreach (var section in report.Sections)
            {
                AddRows(section, [.. section.Entries.Where(e => e.Model.Id == first.Id || e.Model.Id == second.Id)], benchmark, sources, figures, rows);
            }
        }

        var summary = lines.Count > 0
            ? string.Join(" ", lines) + (benchmark.Direction == Direction.LowerIsBetter ? " Lower is better." : "")
            : NoSharedFigure(benchmark, first, second, report);
        return new Answer
        {
            Ok = true,
            Command = CommandNames.Ask,
            Title = $"{first.Name} vs {second.Name} on {benchmark.Name}",
            Summary = summary,
            Tables = rows.Count == 0 ? [] : [new AnswerTable { Caption = benchmark.Name, Columns = Columns, Rows = rows, ChartColumn = 2 }],
            Results = figures.Results,
            Sources = sources.Notes,
            Notes = figures.Notes,
        };
    }

    private static IEnumerable<((LeaderboardSection Section, LeaderboardEntry Entry), (LeaderboardSection Section, LeaderboardEntry Entry))> CrossModePairs(LeaderboardReport report, Model first, Model second)
    {
        foreach (var a in report.Sections)
        {
            foreach (var b in report.Sections)
            {
                if (!ReferenceEquals(a, b) && a.ModeRuns != b.ModeRuns && string.Equals(a.Setting, b.Setting, StringComparison.OrdinalIgnoreCase)
                    && Entry(a, first) is { } ea && Entry(b, second) is { } eb)
                {
                    yield return ((a, ea), (b, eb));
                }
            }
        }
    }

    private static LeaderboardEntry? Entry(LeaderboardSection section, Model model) => section.Entries.FirstOrDefault(e => e.Model.Id == model.Id);

    private static string Line(Benchmark benchmark, LeaderboardSection section, LeaderboardEntry a, LeaderboardEntry b, bool ratio, bool nameSetting)
    {
        var unit = benchmark.Unit;
        var text = new StringBuilder(160).Append("On ").Append(benchmark.Name);
        if (nameSetting || section.ModeRuns)
        {
            var setting = FigureText.SettingLabel(section.Setting);
            text.Append(" (").Append(setting).Append(section.ModeRuns ? ", special-mode runs" : "").Append(')');
        }

        text.Append(", **").Append(a.Label).Append("** (").Append(FigureValueText.Of(a.Figure, unit)).Append(") ");
        var difference = a.Figure.Value - b.Figure.Value;
        var better = benchmark.Direction == Direction.LowerIsBetter ? difference < 0 : difference > 0;
        if (difference == 0)
        {
            text.Append("ties **").Append(b.Label).Append("** (").Append(FigureValueText.Of(b.Figure, unit)).Append(')');
        }
        else
        {
            var lower = benchmark.Direction == Direction.LowerIsBetter;
            if (lower)
            {
                // Output tokens: "used 62 M tokens fewer than", not "leads by".
                text.Append("is ").Append(FigureText.Difference(a.Figure, b.Figure, unit)).Append(difference < 0 ? " fewer than **" : " more than **")
                    .Append(b.Label).Append("** (").Append(FigureValueText.Of(b.Figure, unit)).Append(')');
            }
            else
            {
                text.Append(better ? "leads **" : "trails **").Append(b.Label).Append("** (").Append(FigureValueText.Of(b.Figure, unit)).Append(") by ")
                    .Append(FigureText.Difference(a.Figure, b.Figure, unit));
            }
        }

        if ((ratio || unit is Unit.Tokens or Unit.MillionTokens) && b.Figure.Value != 0)
        {
            var times = a.Figure.Value / b.Figure.Value;
            text.Append(": ").Append(times.ToString("0.00", CultureInfo.InvariantCulture)).Append("× ").Append(b.Label).Append("'s figure");
            text.Append(times switch
            {
                < 0.5 => ", less than half",
                <= 0.55 => ", about half",
                >= 1.9 and <= 2.1 => ", about double",
                > 2.1 => ", more than double",
                _ => "",
            });
        }

        if (a.IsDisputed || b.IsDisputed)
        {
            text.Append(" (a disputed figure; see notes)");
        }

        return text.Append('.').ToString();
    }

    private static string NoSharedFigure(Benchmark benchmark, Model first, Model second, LeaderboardReport report)
    {
        var has = new List<string>();
        foreach (var model in (Model[])[first, second])
        {
            var entries = report.Sections.SelectMany(s => s.Entries).Where(e => e.Model.Id == model.Id).ToList();
            has.Add(entries.Count == 0
                ? $"the dataset has no {benchmark.Name} figure for **{model.Name}**"
                : $"**{model.Name}** has {string.Join(", ", entries.Select(e => FigureValueText.Of(e.Figure, benchmark.Unit) + " (" + (FigureText.SettingLabel(e.Figure.Setting)) + ")"))}");
        }

        return $"No gap to give: {first.Name} and {second.Name} have no {benchmark.Name} figures in the same setting; {string.Join("; ", has)}.";
    }

    private static void AddRows(LeaderboardSection section, IReadOnlyList<LeaderboardEntry> entries, Benchmark benchmark, SourceNumbering sources, FigureCollector figures, List<AnswerRow> rows)
    {
        foreach (var entry in entries)
        {
            figures.Add(benchmark, entry.Model, entry.Figures);
            var setting = FigureText.SettingLabel(section.Setting);
            rows.Add(new AnswerRow(
            [
                new AnswerCell(section.ModeRuns ? setting + ", special mode" : setting),
                new AnswerCell(entry.Label),
                new AnswerCell(FigureValueText.Of(entry.Figure, benchmark.Unit), entry.Figure.Value, false, sources.Numbers(entry.Figures), entry.Figure.Disputed) { Approximate = entry.Figure.Approximate },
                new AnswerCell(LeaderboardAnswerBuilder.Evaluators(entry.Figures)),
            ]) { Measure = FigureText.Measure(benchmark) });
        }
    }
}
