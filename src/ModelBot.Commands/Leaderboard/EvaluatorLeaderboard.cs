using ModelBot.Core.Dataset;
using ModelBot.Core.Phrasing;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Leaderboard;

/// <summary>
/// A leaderboard cut to the figures one evaluator reports ("according to Artificial Analysis"; "Meta's official
/// numbers" also limits to the official table's source), ranked again among what remains; sections without such a
/// figure are left out.
/// </summary>
public static class EvaluatorLeaderboard
{
    /// <summary><paramref name="report"/> with only <paramref name="filter"/>'s figures.</summary>
    public static LeaderboardReport Of(LeaderboardReport report, EvaluatorWords filter, CuratedDataset dataset)
    {
        var sections = new List<LeaderboardSection>(report.Sections.Count);
        var sources = new SourceList(dataset);
        foreach (var section in report.Sections)
        {
            var kept = new List<LeaderboardEntry>();
            foreach (var entry in section.Entries)
            {
                var figures = entry.Figures.Where(f => Matches(f, filter)).ToArray();
                if (figures.Length > 0)
                {
                    kept.Add(entry with { Figures = figures, Figure = figures.FirstOrDefault(f => !f.Disputed) ?? figures[0] });
                    sources.AddAll(figures);
                }
            }

            if (kept.Count > 0)
            {
                sections.Add(section with { Entries = Ranked(kept, report.Benchmark) });
            }
        }

        return report with { Sections = sections, Sources = sources.ToArray() };
    }

    /// <summary>Whether the figure is the filter's evaluator's (and from its source, when the filter names one).</summary>
    public static bool Matches(Result figure, EvaluatorWords filter) =>
        string.Equals(figure.Evaluator, filter.Evaluator, StringComparison.OrdinalIgnoreCase)
        && (filter.Source is null || string.Equals(figure.Source, filter.Source, StringComparison.Ordinal));

    /// <summary>Best first by the kept figure (a stable sort: ties keep the board's name order), then ranked again.</summary>
    private static LeaderboardEntry[] Ranked(List<LeaderboardEntry> entries, Benchmark benchmark) => LeaderboardSection.Reranked(
        benchmark.Direction == Direction.LowerIsBetter
            ? [.. entries.OrderBy(e => e.Figure.Value)]
            : [.. entries.OrderByDescending(e => e.Figure.Value)]);
}
