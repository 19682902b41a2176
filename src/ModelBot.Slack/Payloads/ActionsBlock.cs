namespace ModelBot.Slack.Payloads;

/// <summary>Interactive elements in a row: at most 25.</summary>
public sealed record ActionsBlock(IReadOnlyList<ButtonElement> Elements) : Block;
