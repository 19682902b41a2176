using ModelBot.Commands.Catalog;

namespace ModelBot.Commands.Parsing;

/// <summary>/ask or an @mention: a free-text question still to be classified.</summary>
/// <param name="Question">The question as typed.</param>
public sealed record AskRequest(string Question) : ParsedRequest(CommandNames.Ask);
