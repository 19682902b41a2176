namespace ModelBot.Commands.Catalog;

/// <summary>A fixed choice offered for an option: the label the user sees and the value sent back.</summary>
/// <param name="Name">Label shown to the user (1–100 characters).</param>
/// <param name="Value">Value the platform sends when the choice is picked.</param>
public sealed record OptionChoice(string Name, string Value);
