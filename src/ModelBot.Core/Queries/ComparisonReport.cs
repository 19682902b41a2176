using ModelBot.Core.Dataset;

namespace ModelBot.Core.Queries;

/// <summary>Two or more models side by side on every benchmark and setting they share.</summary>
public sealed record ComparisonReport
{
    /// <summary>The compared models, in the order asked.</summary>
    public required IReadOnlyList<Model> Models { get; init; }

    /// <summary>Benchmarks and settings every compared model has a figure in, in dataset order.</summary>
    public required IReadOnlyList<ComparisonRow> Rows { get; init; }

    /// <summary>Benchmarks and settings only some of the models have a figure in, in dataset order.</summary>
    public required IReadOnlyList<ComparisonRow> PartialRows { get; init; }

    /// <summary>Every source a figure of the report cites, in order of first citation.</summary>
    public required IReadOnlyList<Source> Sources { get; init; }

    /// <summary>The one benchmark the comparison was limited to ("… on HLE"), or null for every benchmark.</summary>
    public Benchmark? Benchmark { get; init; }

    /// <summary>Whether sources disagree anywhere in the report.</summary>
    public bool HasDisagreement { get; init; }
}
