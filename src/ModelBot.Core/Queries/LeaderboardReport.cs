using ModelBot.Core.Dataset;

namespace ModelBot.Core.Queries;

/// <summary>A benchmark's leaderboard, one ranked section per setting.</summary>
public sealed record LeaderboardReport
{
    /// <summary>The benchmark.</summary>
    public required Benchmark Benchmark { get; init; }

    /// <summary>One section per setting (only the requested one when a setting was asked for), in dataset order.</summary>
    public required IReadOnlyList<LeaderboardSection> Sections { get; init; }

    /// <summary>Every setting the benchmark has figures in, in dataset order.</summary>
    public required IReadOnlyList<string> AvailableSettings { get; init; }

    /// <summary>Models in the dataset with no figure on this benchmark in any setting, in dataset order.</summary>
    public required IReadOnlyList<Model> MissingModels { get; init; }

    /// <summary>Every source a figure of the report cites, in order of first citation.</summary>
    public required IReadOnlyList<Source> Sources { get; init; }

    /// <summary>The setting asked for, or null for all.</summary>
    public string? Setting { get; init; }

    /// <summary>
    /// The model mode asked for ("Contemplating"), as the data writes it, or null: its runs are what the question is
    /// about, and the standard runs of the same settings are shown beside them for scale.
    /// </summary>
    public string? Mode { get; init; }
}
