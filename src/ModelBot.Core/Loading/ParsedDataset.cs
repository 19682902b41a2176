using ModelBot.Core.Dataset;

namespace ModelBot.Core.Loading;

/// <summary>Everything read from a data directory, before the checks across files.</summary>
internal sealed record ParsedDataset(
    IReadOnlyList<Located<Source>> Sources,
    IReadOnlyList<Located<Model>> Models,
    IReadOnlyList<Located<Benchmark>> Benchmarks,
    IReadOnlyList<ParsedResultFile> ResultFiles)
{
    /// <summary>Whether sources.yaml could be read (otherwise references to sources are not checked).</summary>
    public bool SourcesRead { get; init; } = true;

    /// <summary>Whether models.yaml could be read (otherwise references to models are not checked).</summary>
    public bool ModelsRead { get; init; } = true;

    /// <summary>Whether benchmarks.yaml could be read (otherwise references to benchmarks are not checked).</summary>
    public bool BenchmarksRead { get; init; } = true;
}
