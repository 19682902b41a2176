using System.Text;
using ModelBot.Commands.Building;
using ModelBot.Core.Dataset;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Leaderboard;

/// <summary>
/// The leaderboard headlines a question shapes: its title, what opens it (what the benchmark measures, whose figures,
/// the top N), a place, the spread, the last places, and the special-mode runs beside a top-N list.
/// </summary>
public sealed partial class LeaderboardAnswerBuilder
{
    private static string Title(LeaderboardReport report, Core.Phrasing.EvaluatorWords? evaluator, int? top)
    {
        var title = top is BenchmarkRequest.Everyone ? $"Models with a figure on {report.Benchmark.Name}"
            : top is { } count ? $"Top {count} on {report.Benchmark.Name}"
            : report.Benchmark.Name + " leaderboard";
        if (report.Setting is not null)
        {
            title = string.Concat(title, " (", report.Setting, ")");
        }

        return evaluator is null ? title : string.Concat(title, " — ", evaluator.Evaluator, evaluator.Source is null ? " figures" : "'s official figures");
    }

    /// <summary>What the headline says before the ranking: what the benchmark measures, whose figures these are.</summary>
    private static string Opening(LeaderboardReport report, Core.Phrasing.EvaluatorWords? evaluator, int? top, bool explain)
    {
        var text = new StringBuilder();
        if (explain)
        {
            var benchmark = report.Benchmark;
            text.Append("**").Append(benchmark.Name).Append("** measures ").Append(char.ToLowerInvariant(benchmark.Measures[0])).Append(benchmark.Measures.AsSpan(1));
            if (!benchmark.Measures.EndsWith('.'))
            {
                text.Append('.');
            }

            text.Append(" Metric: ").Append(benchmark.Metric).Append(" (").Append(FigureText.Unit(benchmark.Unit)).Append("), ")
                .Append(benchmark.Direction == Direction.LowerIsBetter ? "lower" : "higher").Append(" is better. ");
        }

        if (evaluator is not null)
        {
            text.Append("According to ").Append(evaluator.Evaluator).Append(evaluator.Source is null ? "" : "'s official table").Append(": ");
        }

        if (evaluator is not null && report.Sections.SelectMany(s => s.Entries).SelectMany(e => e.Figures)
                .Select(f => f.Notes).FirstOrDefault(n => n is not null && n.Contains("independent", StringComparison.OrdinalIgnoreCase)) is { } caveat)
        {
            // "Are the AA numbers independent?": what the source says about how independent they are comes first.
            var sentence = caveat.Split(". ").FirstOrDefault(p => p.Contains("independent", StringComparison.OrdinalIgnoreCase)) ?? caveat;
            text.Insert(0, "Caveat: " + sentence.TrimEnd('.') + ". ");
        }

        if (top is { } count)
        {
            foreach (var section in report.Sections.Where(s => !s.ModeRuns))
            {
                text.Append(SettingMatchCount(report.Sections) > 1 ? Capitalised(FigureText.SettingLabel(section.Setting)) + ": " : "")
                    .Append(string.Join(", ", section.Entries.Select(e => $"{e.Rank}. **{e.Label}** {FigureValueText.Of(e.Figure, report.Benchmark.Unit)}")))
                    .Append(section.Entries.Count < count && count != BenchmarkRequest.Everyone ? $" (only {section.Entries.Count} ranked)" : "").Append(". ");
            }
        }

        return text.ToString();
    }

    /// <summary>"Third on Terminal-Bench 2.0: **Claude Opus 4.6** 65.4% (3rd of 4), 9.7 points behind **GPT-5.4** (75.1%)."</summary>
    private static string Placed(LeaderboardReport report, int place)
    {
        var benchmark = report.Benchmark;
        var parts = new List<string>();
        foreach (var section in report.Sections.Where(s => !s.ModeRuns))
        {
            var label = SettingMatchCount(report.Sections) > 1 ? FigureText.BenchmarkWithSetting(benchmark.Name, FigureText.SettingLabel(section.Setting)) : benchmark.Name;
            var at = section.Entries.Where(e => e.Rank == place).ToList();
            parts.Add(at.Count == 0
                ? $"{label} ranks only {section.Entries.Count}"
                : $"{FigureText.Ordinal(place)} on {label}: {string.Join(" and ", at.Select(e => $"**{e.Label}** {FigureValueText.Of(e.Figure, benchmark.Unit)}"))} ({FigureText.Ordinal(place)} of {section.Entries.Count}), "
                  + $"{FigureText.Difference(at[0].Figure, section.Entries[0].Figure, benchmark.Unit)} behind **{section.Entries[0].Label}** ({FigureValueText.Of(section.Entries[0].Figure, benchmark.Unit)})");
        }

        return string.Join("; ", parts) + ".";
    }

    /// <summary>"GPQA Diamond spans 4.8 points: from **Gemini 3.1 Pro** 94.3% to **Muse Spark** 89.5% (4 models)."</summary>
    private static string Spread(LeaderboardReport report)
    {
        var benchmark = report.Benchmark;
        var parts = new List<string>();
        foreach (var section in report.Sections.Where(s => !s.ModeRuns && s.Entries.Count > 1))
        {
            var (best, worst) = (section.Entries[0], section.Entries[^1]);
            var label = SettingMatchCount(report.Sections) > 1 ? FigureText.BenchmarkWithSetting(benchmark.Name, FigureText.SettingLabel(section.Setting)) : benchmark.Name;
            parts.Add($"{label} spans {FigureText.Difference(best.Figure, worst.Figure, benchmark.Unit)}: from **{best.Label}** {FigureValueText.Of(best.Figure, benchmark.Unit)} to **{worst.Label}** {FigureValueText.Of(worst.Figure, benchmark.Unit)} ({section.Entries.Count} models)");
        }

        return parts.Count == 0 ? $"{benchmark.Name} has fewer than two standard figures to compare." : string.Join("; ", parts) + ".";
    }

    /// <summary>"Last on ARC-AGI-2: **Muse Spark** 42.5% (4th of 4), 34.0 points behind the leader, Gemini 3.1 Pro (76.5%)."</summary>
    private static string Worst(LeaderboardReport report, int count, Core.Phrasing.EvaluatorWords? evaluator)
    {
        var benchmark = report.Benchmark;
        var text = new StringBuilder(evaluator is null ? "" : "According to " + evaluator.Evaluator + ": ");
        var showSetting = SettingMatchCount(report.Sections) > 1;
        foreach (var section in report.Sections.Where(s => !s.ModeRuns && s.Entries.Count > 0))
        {
            var worst = section.Entries.Skip(Math.Max(0, section.Entries.Count - count)).Reverse().ToList();
            var leader = section.Entries[0];
            text.Append(text.Length == 0 ? "" : " ").Append(count == 1 ? "Last" : $"Bottom {worst.Count}").Append(" on ")
                .Append(showSetting ? FigureText.BenchmarkWithSetting(benchmark.Name, FigureText.SettingLabel(section.Setting)) : benchmark.Name)
                .Append(": ")
                .Append(string.Join(", ", worst.Select(e => $"**{e.Label}** {FigureValueText.Of(e.Figure, benchmark.Unit)} ({FigureText.Ordinal(e.Rank)} of {section.Entries.Count})")));
            if (worst.Count > 0 && worst[0].Rank > 1)
            {
                text.Append("; the leader is **").Append(leader.Label).Append("** with ").Append(FigureValueText.Of(leader.Figure, benchmark.Unit));
            }

            text.Append('.');
        }

        if (benchmark.Direction == Direction.LowerIsBetter)
        {
            text.Append(" Lower is better, so last means the most.");
        }

        return text.ToString();
    }

    /// <summary>After a top-N list: only the special-mode runs, which the list leaves out.</summary>
    private static string ModeRunsOnly(LeaderboardReport report)
    {
        var modeRuns = report.Sections.Where(s => s.ModeRuns).ToList();
        if (modeRuns.Count == 0)
        {
            return "";
        }

        var text = new StringBuilder();
        AppendModeRuns(report, modeRuns, text);
        return text.ToString().TrimStart();
    }
}
