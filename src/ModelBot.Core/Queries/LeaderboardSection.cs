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
}
