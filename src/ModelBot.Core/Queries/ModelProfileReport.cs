using ModelBot.Core.Dataset;

namespace ModelBot.Core.Queries;

/// <summary>A model's facts and its results grouped by benchmark.</summary>
public sealed record ModelProfileReport
{
    /// <summary>The model.</summary>
    public required Model Model { get; init; }

    /// <summary>Every fact the dataset states, in <see cref="ModelField"/> order.</summary>
    public required IReadOnlyList<ModelFact> Facts { get; init; }

    /// <summary>Results grouped by benchmark, in dataset order.</summary>
    public required IReadOnlyList<BenchmarkFigures> Benchmarks { get; init; }

    /// <summary>The model's fact sources, then every source its figures cite, in order of first citation.</summary>
    public required IReadOnlyList<Source> Sources { get; init; }
}
