namespace ModelBot.Discord.Interactions.Wire;

/// <summary>A suggestion: the label shown (1–100 characters) and the value filled in (at most 100).</summary>
public sealed record AutocompleteChoice(string Name, string Value);
