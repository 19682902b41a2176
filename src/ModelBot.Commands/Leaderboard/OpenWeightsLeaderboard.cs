using ModelBot.Core.Dataset;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Leaderboard;

/// <summary>
/// A leaderboard limited to models with open weights ("best open model for coding"): the same order, ranks counted
/// again among the models that remain (a tie stays a tie), settings without an open-weight figure left out.
/// </summary>
public static class OpenWeightsLeaderboard
{
    /// <summary><paramref name="report"/> with only the open-weight models' entries.</summary>
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

            var ranked = new LeaderboardEntry[open.Count];
            for (var i = 0; i < open.Count; i++)
            {
                // Entries come best first, so the entries ranked ahead of this one are the ones with a smaller rank.
                var ahead = open.Count(e => e.Rank < open[i].Rank);
                var tied = open.Count(e => e.Rank == open[i].Rank) > 1;
                ranked[i] = open[i] with { Rank = ahead + 1, IsTied = tied };
            }

            sections.Add(section with { Entries = ranked });
        }

        return report with { Sections = sections };
    }
}
