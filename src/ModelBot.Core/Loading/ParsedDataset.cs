using ModelBot.Core.Dataset;

namespace ModelBot.Core.Loading;

/// <summary>Everything read from a data directory, before the checks across files.</summary>
internal sealed record ParsedDataset(
    IReadOnlyList<Located<Source>> Sources,
    IReadOnlyList<Located<Model>> Models,
    IReadOnlyList<Located<Benchmark>> Benchmarks,
    IReadOnlyList<ParsedResultFile> ResultFiles);
