namespace ModelBot.Discord.Payloads;

/// <summary>An embed field: name at most 256 characters, value at most 1024; inline fields sit side by side.</summary>
public sealed record EmbedField(string Name, string Value, bool? Inline = null);
