using ModelBot.Commands.Catalog;

namespace ModelBot.Commands.Parsing;

/// <summary>/ask or an @mention: a free-text question still to be classified.</summary>
/// <param name="Question">The question as typed.</param>
public sealed record AskRequest(string Question) : ParsedRequest(CommandNames.Ask)
{
    /// <summary>
    /// The longest question read: a team's question is a sentence or two; a pasted document or payload is refused at
    /// once rather than scanned word by word (reading time grows with its length).
    /// </summary>
    public const int MaximumLength = 1_000;
}
