using ModelBot.Core.Dataset;

namespace ModelBot.Core.Queries;

/// <summary>A model's place on a leaderboard section (a model measured in two of its modes has two places).</summary>
public sealed record LeaderboardEntry
{
    /// <summary>1-based rank; tied models share a rank and the next rank skips (1, 1, 3).</summary>
    public required int Rank { get; init; }

    /// <summary>The model.</summary>
    public required Model Model { get; init; }

    /// <summary>The figure ranked: among undisputed figures, the value most sources give (ties: the first source).</summary>
    public required Result Figure { get; init; }

    /// <summary>
    /// The special mode the figure was measured in: the model's own mode named in the setting ("Contemplating"), or the
    /// mode a model variant is named after ("Gemini Deep Think"); null for a standard run.
    /// </summary>
    public string? Mode { get; init; }

    /// <summary>How the entrant is named: the model's name, with its mode in parentheses when there is one.</summary>
    public string Label => Mode is null || Model.Name.Contains(Mode, StringComparison.OrdinalIgnoreCase)
        ? Model.Name
        : string.Concat(Model.Name, " (", Mode, ")");

    /// <summary>Every figure for this model in this setting, each with its source.</summary>
    public required IReadOnlyList<Result> Figures { get; init; }

    /// <summary>Whether another model has the same value.</summary>
    public bool IsTied { get; init; }

    /// <summary>Whether sources give different values for this model.</summary>
    public bool HasDisagreement { get; init; }

    /// <summary>Whether the ranked figure is disputed (ranked, but marked).</summary>
    public bool IsDisputed => Figure.Disputed;
}
