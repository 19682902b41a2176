namespace ModelBot.Discord.Payloads;

/// <summary>An embed's author line: a name of at most 256 characters.</summary>
public sealed record EmbedAuthor(string Name);
