namespace ModelBot.Discord.Payloads;

/// <summary>An embed footer: plain text, at most 2048 characters.</summary>
public sealed record EmbedFooter(string Text);
