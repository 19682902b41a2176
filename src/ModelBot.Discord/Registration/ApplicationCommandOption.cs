namespace ModelBot.Discord.Registration;

/// <summary>An option of an application command.</summary>
public sealed record ApplicationCommandOption
{
    /// <summary>Option type; 3 = STRING.</summary>
    public required int Type { get; init; }

    /// <summary>1–32 characters, lowercase.</summary>
    public required string Name { get; init; }

    /// <summary>1–100 characters.</summary>
    public required string Description { get; init; }

    /// <summary>Whether the option must be given (Discord omits false).</summary>
    public bool? Required { get; init; }

    /// <summary>At most 25 fixed choices; null when none.</summary>
    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }

    /// <summary>Whether Discord asks the bot for suggestions while the user types (no choices then).</summary>
    public bool? Autocomplete { get; init; }
}
