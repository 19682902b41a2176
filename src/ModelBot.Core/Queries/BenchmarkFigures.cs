using ModelBot.Core.Dataset;

namespace ModelBot.Core.Queries;

/// <summary>A model's figures on one benchmark, ordered by setting (dataset order) then source.</summary>
/// <param name="Benchmark">The benchmark.</param>
/// <param name="Figures">Every figure, each with its source.</param>
public sealed record BenchmarkFigures(Benchmark Benchmark, IReadOnlyList<Result> Figures);
