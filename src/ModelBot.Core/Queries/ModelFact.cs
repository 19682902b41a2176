using ModelBot.Core.Dataset;

namespace ModelBot.Core.Queries;

/// <summary>One stated fact about a model, with the sources that state the model's facts.</summary>
/// <param name="Field">Which fact.</param>
/// <param name="Label">Its label, e.g. "Context window".</param>
/// <param name="Value">Its value as text, e.g. "262,000 tokens".</param>
/// <param name="Sources">The sources of the model's facts.</param>
public sealed record ModelFact(ModelField Field, string Label, string Value, IReadOnlyList<Source> Sources);
