using ModelBot.Commands.Catalog;

namespace ModelBot.Commands.Parsing;

/// <summary>/compare: the models as typed, in order.</summary>
/// <param name="Models">One or more arguments; runs may still split into several models.</param>
public sealed record CompareRequest(IReadOnlyList<ModelArgument> Models) : ParsedRequest(CommandNames.Compare);
