namespace ModelBot.Discord.Interactions.Wire;

/// <summary>The data of an autocomplete result: at most 25 choices.</summary>
public sealed record AutocompleteResult(IReadOnlyList<AutocompleteChoice> Choices);
