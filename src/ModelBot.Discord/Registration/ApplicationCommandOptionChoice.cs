namespace ModelBot.Discord.Registration;

/// <summary>A fixed choice of a string option: a label (1–100) and the value sent back (at most 100).</summary>
public sealed record ApplicationCommandOptionChoice(string Name, string Value);
