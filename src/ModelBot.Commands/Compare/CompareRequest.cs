using ModelBot.Commands.Catalog;
using ModelBot.Commands.Parsing;
using ModelBot.Commands.Questions;

namespace ModelBot.Commands.Compare;

/// <summary>/compare: the models as typed, in order, and optionally the one benchmark to compare them on.</summary>
/// <param name="Models">One or more arguments; runs may still split into several models.</param>
/// <param name="Benchmark">"… on HLE": the benchmark as typed, or null for every benchmark.</param>
/// <param name="Topic">"which is better at coding, …?": the topic whose benchmarks to compare on, or null.</param>
public sealed record CompareRequest(IReadOnlyList<ModelArgument> Models, string? Benchmark = null, TopicTarget? Topic = null) : ParsedRequest(CommandNames.Compare)
{
    /// <summary>"according to Artificial Analysis": only that evaluator's figures, or null for all.</summary>
    public Core.Phrasing.EvaluatorWords? Evaluator { get; init; }

    /// <summary>"on which benchmarks does A beat B?": the model whose wins the headline lists, or null for the usual tally.</summary>
    public string? WinsOf { get; init; }
}
