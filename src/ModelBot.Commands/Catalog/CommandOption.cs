namespace ModelBot.Commands.Catalog;

/// <summary>One named option of a catalog command, as registered with Discord and parsed by the router.</summary>
public sealed record CommandOption
{
    /// <summary>Option name: lowercase, 1–32 characters, e.g. <c>model1</c>.</summary>
    public required string Name { get; init; }

    /// <summary>What the option is for (1–100 characters).</summary>
    public required string Description { get; init; }

    /// <summary>The value type.</summary>
    public CommandOptionType Type { get; init; } = CommandOptionType.Text;

    /// <summary>Whether the command cannot run without it.</summary>
    public bool Required { get; init; }

    /// <summary>What autocomplete suggests; an option with autocomplete has no <see cref="Choices"/>.</summary>
    public AutocompleteKind Autocomplete { get; init; } = AutocompleteKind.None;

    /// <summary>Fixed choices (at most 25), or empty for free input.</summary>
    public IReadOnlyList<OptionChoice> Choices { get; init; } = [];
}
