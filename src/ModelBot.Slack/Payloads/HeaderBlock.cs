namespace ModelBot.Slack.Payloads;

/// <summary>A header: large bold plain text, at most 150 characters.</summary>
public sealed record HeaderBlock(TextObject Text) : Block;
