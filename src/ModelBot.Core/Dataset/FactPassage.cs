namespace ModelBot.Core.Dataset;

/// <summary>
/// The passage of one source article that states one of a model's facts (models.yaml <c>fact_passages</c>):
/// a verbatim quote of the seed file, up to whitespace.
/// </summary>
/// <param name="Source">The source id, one of the model's <see cref="Model.Sources"/>.</param>
/// <param name="Passage">The quote, as written in models.yaml.</param>
public sealed record FactPassage(string Source, string Passage)
{
    /// <summary>1-based line in models.yaml where the source of this passage is named (for error messages).</summary>
    public int Line { get; init; }

    /// <summary>1-based column in models.yaml where the source of this passage is named.</summary>
    public int Column { get; init; }
}
