namespace ModelBot.Core.Queries;

/// <summary>The ranking of one setting of a benchmark.</summary>
/// <param name="Setting">The setting, as the data writes it.</param>
/// <param name="Entries">Ranked best first (honouring the benchmark's direction); ties in model-name order.</param>
public sealed record LeaderboardSection(string Setting, IReadOnlyList<LeaderboardEntry> Entries)
{
    /// <summary>
    /// The section ranks runs in a special mode (Contemplating, Deep Think, any mode the data names) apart from the
    /// standard runs of the same setting: like is compared with like, so a multi-agent run never "leads" standard ones.
    /// </summary>
    public bool ModeRuns { get; init; }

    /// <summary>
    /// Entries already in ranking order, ranked again among themselves (ties share a rank, the next rank skips): for a
    /// section cut to some of its entrants (one mode's runs, one evaluator's figures).
    /// </summary>
    public static LeaderboardEntry[] Reranked(IReadOnlyList<LeaderboardEntry> entries)
    {
        var ranked = new LeaderboardEntry[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var tiedAhead = i > 0 && entries[i - 1].Figure.Value.Equals(entries[i].Figure.Value);
            var tied = tiedAhead || (i + 1 < entries.Count && entries[i + 1].Figure.Value.Equals(entries[i].Figure.Value));
            ranked[i] = entries[i] with { Rank = tiedAhead ? ranked[i - 1].Rank : i + 1, IsTied = tied };
        }

        return ranked;
    }
}
