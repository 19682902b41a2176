namespace ModelBot.Discord.Registration;

/// <summary>
/// An application command as Discord's API takes and returns it (developers/interactions/application-commands).
/// Only the fields ModelBot sets are modelled; fields Discord adds on GET (id, version, contexts…) are ignored.
/// </summary>
public sealed record ApplicationCommand
{
    /// <summary>Discord's id, present on GET.</summary>
    public string? Id { get; init; }

    /// <summary>1 = CHAT_INPUT (a slash command).</summary>
    public int Type { get; init; } = ApplicationCommandKinds.ChatInput;

    /// <summary>1–32 characters, lowercase.</summary>
    public required string Name { get; init; }

    /// <summary>1–100 characters.</summary>
    public required string Description { get; init; }

    /// <summary>At most 25 options; null when none.</summary>
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
}
