namespace ModelBot.Discord.Payloads;

/// <summary>A rich embed. Limits: <see cref="Rendering.DiscordLimits"/>.</summary>
public sealed record Embed
{
    /// <summary>Title, at most 256 characters.</summary>
    public string? Title { get; init; }

    /// <summary>Markdown description, at most 4096 characters.</summary>
    public string? Description { get; init; }

    /// <summary>Colour of the left bar, as 0xRRGGBB.</summary>
    public int? Color { get; init; }

    /// <summary>Fields, at most 25.</summary>
    public IReadOnlyList<EmbedField>? Fields { get; init; }

    /// <summary>Footer (plain text, no markdown).</summary>
    public EmbedFooter? Footer { get; init; }

    /// <summary>Author line above the title.</summary>
    public EmbedAuthor? Author { get; init; }

    /// <summary>The large image under the fields (an answer's chart).</summary>
    public EmbedImage? Image { get; init; }
}
