namespace ModelBot.Slack.Payloads;

/// <summary>A horizontal rule.</summary>
public sealed record DividerBlock : Block;
