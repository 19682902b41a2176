namespace ModelBot.Core.Names;

/// <summary>A model or benchmark name found inside free text.</summary>
/// <param name="Kind">Model or benchmark.</param>
/// <param name="Id">The entity's id in data/.</param>
/// <param name="Text">The words of the text that name it, as written (without a possessive "'s").</param>
/// <param name="Start">Index of the first character in the text.</param>
/// <param name="Length">Number of characters.</param>
public sealed record NameMention(MentionKind Kind, string Id, string Text, int Start, int Length);
