using ModelBot.Core.Dataset;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Leaderboard;

/// <summary>
/// A leaderboard limited to models with open weights ("best open model for coding"): the same order, ranks counted
/// again among the models that remain (a tie stays a tie), settings without an open-weight figure left out.
/// </summary>
public static class OpenWeightsLeaderboard
{
    /// <summary>
    /// <paramref name="report"/> with only the open-weight models' entries. One pass over its entries: callers that
    /// ask for the same report often keep the result (the router does, per report of a dataset version).
    /// </summary>
    public static LeaderboardReport Of(LeaderboardReport report)
    {
        var sections = new List<LeaderboardSection>(report.Sections.Count);
        foreach (var section in report.Sections)
        {
            var open = section.Entries.Where(e => e.Model.Weights == WeightsAvailability.Open).ToList();
            if (open.Count == 0)
            {
                continue;
            }

            // Entries come best first, ranks never decreasing: an entry's new rank is one more than the open entries
            // ranked ahead of it, which is its position unless it ties the one before it.
            var ranked = new LeaderboardEntry[open.Count];
            for (var i = 0; i < open.Count; i++)
            {
                var tiedAhead = i > 0 && open[i - 1].Rank == open[i].Rank;
                var tied = tiedAhead || (i + 1 < open.Count && open[i + 1].Rank == open[i].Rank);
                ranked[i] = open[i] with { Rank = tiedAhead ? ranked[i - 1].Rank : i + 1, IsTied = tied };
            }

            sections.Add(section with { Entries = ranked });
        }

        return report with { Sections = sections };
    }
}
