namespace ModelBot.Core.Dataset;

/// <summary>A benchmark. Different versions are different benchmarks (LiveCodeBench Pro is not LiveCodeBench v6).</summary>
public sealed record Benchmark
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>What the benchmark measures, in one sentence.</summary>
    public required string Measures { get; init; }
    /// <summary>Metric name, e.g. "accuracy", "pass@1", "Elo", "output tokens".</summary>
    public required string Metric { get; init; }
    public required Unit Unit { get; init; }
    public Direction Direction { get; init; } = Direction.HigherIsBetter;
    public string? Version { get; init; }
    public string? Notes { get; init; }
    /// <summary>One of <see cref="BenchmarkCategories.All"/>, or null when the dataset gives none.</summary>
    public string? Category { get; init; }
    public int Line { get; init; }
}
