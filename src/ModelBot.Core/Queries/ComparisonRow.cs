using ModelBot.Core.Dataset;

namespace ModelBot.Core.Queries;

/// <summary>One benchmark in one setting, across the compared models.</summary>
public sealed record ComparisonRow
{
    /// <summary>The benchmark (its direction decides the leader).</summary>
    public required Benchmark Benchmark { get; init; }

    /// <summary>The setting the figures were measured in.</summary>
    public required string Setting { get; init; }

    /// <summary>One cell per compared model, in the order of <see cref="ComparisonReport.Models"/>.</summary>
    public required IReadOnlyList<ComparisonCell> Cells { get; init; }

    /// <summary>Ids of the leading models (several on a tie; none when fewer than two models have a figure).</summary>
    public required IReadOnlyList<string> LeaderIds { get; init; }

    /// <summary>Whether sources disagree on any cell of the row.</summary>
    public bool HasDisagreement { get; init; }

    /// <summary>Whether any figure in the row is disputed.</summary>
    public bool HasDisputed { get; init; }
}
