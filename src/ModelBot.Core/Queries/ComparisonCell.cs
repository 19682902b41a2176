using ModelBot.Core.Dataset;

namespace ModelBot.Core.Queries;

/// <summary>One model's figures in one comparison row.</summary>
public sealed record ComparisonCell
{
    /// <summary>The model (a column of the comparison).</summary>
    public required Model Model { get; init; }

    /// <summary>Every figure for this model, benchmark and setting, each with its source; empty when it has none.</summary>
    public required IReadOnlyList<Result> Figures { get; init; }

    /// <summary>
    /// The figure the row ranks by: among undisputed figures, the value most sources give (ties: the first source).
    /// Null when the model has no figure.
    /// </summary>
    public Result? Figure { get; init; }

    /// <summary>Whether this model leads the row (ties lead together).</summary>
    public bool IsLeader { get; init; }

    /// <summary>Whether sources give different values for this model in this setting.</summary>
    public bool HasDisagreement { get; init; }

    /// <summary>Whether any of the figures is disputed.</summary>
    public bool HasDisputed { get; init; }
}
