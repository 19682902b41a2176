using ModelBot.Commands.Catalog;
using ModelBot.Commands.Parsing;
using ModelBot.Core.Phrasing;

namespace ModelBot.Commands.Lookup;

/// <summary>
/// A question the named fields do not cover ("how long did it take to build Muse Spark?", "what is thought
/// compression?"): answered from the sentence of the models' notes that shares the most words with it.
/// </summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Model">The model it is about, or null to search every model's notes.</param>
public sealed record NoteRequest(string Question, string? Model) : ParsedRequest(CommandNames.Ask)
{
    /// <summary>"how does Muse Spark's training compute compare to Llama 4 Maverick?": the models whose notes to search.</summary>
    public IReadOnlyList<string>? Among { get; init; }
}

/// <summary>"who measured Muse Spark's 39.9 on HLE?", "is it 41.2 or 40.1?": the figures with these values, with who measured them.</summary>
/// <param name="Values">The numbers the question quotes.</param>
/// <param name="Models">Model ids named, to narrow the search (empty for all).</param>
/// <param name="Benchmarks">Benchmark ids named, to narrow the search (empty for all).</param>
public sealed record FigureLookupRequest(IReadOnlyList<double> Values, IReadOnlyList<string> Models, IReadOnlyList<string> Benchmarks) : ParsedRequest(CommandNames.Ask)
{
    /// <summary>The values typed with a decimal point ("40.0"): matched exactly, never rounded to a near figure.</summary>
    public IReadOnlyList<double> Decimals { get; init; } = [];

    /// <summary>"… at 50.4 on HLE no tools?": the setting the question names, so a figure from another setting is set beside the asked one.</summary>
    public string? Setting { get; init; }
}

/// <summary>"which figures come from Artificial Analysis?", "independent evaluations of Muse Spark": one evaluator's figures.</summary>
/// <param name="Evaluator">The evaluator (and source) asked about.</param>
/// <param name="Model">The model id, or null for every model.</param>
public sealed record EvaluatorFiguresRequest(EvaluatorWords Evaluator, string? Model) : ParsedRequest(CommandNames.Ask);

/// <summary>"gap between the official and the Artificial Analysis HLE score for Muse Spark": one figure per evaluator, and the gap.</summary>
public sealed record EvaluatorGapRequest(IReadOnlyList<EvaluatorWords> Evaluators, string Model, string Benchmark) : ParsedRequest(CommandNames.Ask);

/// <summary>"who ran the HealthBench Hard numbers?": the evaluators of a benchmark's figures (one model's, when named).</summary>
public sealed record WhoMeasuredRequest(string? Benchmark, string? Model) : ParsedRequest(CommandNames.Ask)
{
    /// <summary>With no benchmark: the models whose figures' evaluators are asked about.</summary>
    public IReadOnlyList<string> Models { get; init; } = [];
}

/// <summary>"how many models does Meta's official table compare?": a count of models or benchmarks with figures, filtered.</summary>
/// <param name="Benchmarks">Count benchmarks (true) or models (false).</param>
public sealed record CountRequest(bool Benchmarks, EvaluatorWords? Evaluator, string? Model) : ParsedRequest(CommandNames.Ask);

/// <summary>"which models have no published benchmark scores?": models with (or without) figures, open-weight ones only when asked.</summary>
public sealed record FiguresListRequest(bool WithFigures, bool OpenOnly) : ParsedRequest(CommandNames.Ask)
{
    /// <summary>"the OpenAI models that have benchmark numbers": only that vendor's, or null.</summary>
    public string? Vendor { get; init; }
}

/// <summary>"which Chinese models are mentioned?": the models whose notes describe them with that word.</summary>
public sealed record DescribedModelsRequest(string Word) : ParsedRequest(CommandNames.Ask);

/// <summary>"how much do tools help Opus 4.6 on HLE?", "who gains the most from tools?": with-tools minus no-tools, standard runs.</summary>
public sealed record ToolsGainRequest(string Benchmark, string? Model) : ParsedRequest(CommandNames.Ask);
