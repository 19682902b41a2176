namespace ModelBot.Discord.Payloads;

/// <summary>
/// A message as Discord takes it: exactly the <c>data</c> of an interaction response (callback type 4 or 7) and the
/// body of a webhook edit (<c>PATCH /webhooks/{application_id}/{token}/messages/@original</c>) or follow-up.
/// </summary>
public sealed record DiscordMessage
{
    /// <summary>Plain message text, at most <see cref="Rendering.DiscordLimits.Content"/> characters.</summary>
    public string? Content { get; init; }

    /// <summary>Rich embeds, at most <see cref="Rendering.DiscordLimits.Embeds"/>.</summary>
    public IReadOnlyList<Embed>? Embeds { get; init; }

    /// <summary>Action rows of buttons, at most <see cref="Rendering.DiscordLimits.ActionRows"/>.</summary>
    public IReadOnlyList<ActionRow>? Components { get; init; }

    /// <summary>Always <c>{"parse":[]}</c>: dataset text never pings anyone.</summary>
    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    /// <summary>Message flags, e.g. <see cref="MessageFlags.Ephemeral"/>; null for none.</summary>
    public int? Flags { get; init; }

    /// <summary>The files sent with the message (multipart <c>files[n]</c>), each with its alt text; null for none.</summary>
    public IReadOnlyList<MessageAttachment>? Attachments { get; init; }
}
