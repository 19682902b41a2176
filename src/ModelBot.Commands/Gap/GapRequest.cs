using ModelBot.Commands.Catalog;
using ModelBot.Commands.Parsing;
using ModelBot.Core.Phrasing;

namespace ModelBot.Commands.Gap;

/// <summary>"how many points behind GPT-5.4 is Muse Spark on GDPval?": the gap (or ratio) between two models on one benchmark.</summary>
/// <param name="First">The model the question is about, as typed or its id.</param>
/// <param name="Second">The model it is measured against.</param>
/// <param name="Benchmark">The benchmark id or name.</param>
/// <param name="Ratio">"half the tokens": the answer gives the ratio as well as the difference.</param>
public sealed record GapRequest(string First, string Second, string Benchmark, bool Ratio) : ParsedRequest(CommandNames.Ask)
{
    /// <summary>"according to Artificial Analysis": only that evaluator's figures, or null for all.</summary>
    public EvaluatorWords? Evaluator { get; init; }

    /// <summary>"with tools" / "no tools" when the question names one, or null for every setting.</summary>
    public string? Setting { get; init; }
}
