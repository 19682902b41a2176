namespace ModelBot.Discord.Payloads;

/// <summary>
/// A button (component type 2). Label at most 80 characters; custom_id at most 100 and returned in the
/// MESSAGE_COMPONENT interaction when clicked.
/// </summary>
public sealed record Button
{
    /// <summary>Always <see cref="ComponentType.Button"/>.</summary>
    public ComponentType Type => ComponentType.Button;

    /// <summary>Colour and behaviour.</summary>
    public required ButtonStyle Style { get; init; }

    /// <summary>Text on the button.</summary>
    public string? Label { get; init; }

    /// <summary>Developer-defined id, sent back on click (not for <see cref="ButtonStyle.Link"/>).</summary>
    public string? CustomId { get; init; }

    /// <summary>Target of a <see cref="ButtonStyle.Link"/> button.</summary>
    public string? Url { get; init; }

    /// <summary>Greyed out and not clickable when true.</summary>
    public bool? Disabled { get; init; }
}
