using ModelBot.Commands.Catalog;

namespace ModelBot.Commands.Parsing;

/// <summary>/compare: the models as typed, in order, and optionally the one benchmark to compare them on.</summary>
/// <param name="Models">One or more arguments; runs may still split into several models.</param>
/// <param name="Benchmark">"… on HLE": the benchmark as typed, or null for every benchmark.</param>
public sealed record CompareRequest(IReadOnlyList<ModelArgument> Models, string? Benchmark = null) : ParsedRequest(CommandNames.Compare);
