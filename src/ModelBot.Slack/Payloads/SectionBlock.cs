namespace ModelBot.Slack.Payloads;

/// <summary>A section: text (at most 3000 characters) and/or up to 10 fields (each at most 2000) in two columns.</summary>
public sealed record SectionBlock : Block
{
    /// <summary>The section's text.</summary>
    public TextObject? Text { get; init; }

    /// <summary>Short texts shown in two columns.</summary>
    public IReadOnlyList<TextObject>? Fields { get; init; }
}
