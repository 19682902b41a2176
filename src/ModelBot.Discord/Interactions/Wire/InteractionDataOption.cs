using System.Text.Json.Serialization;

namespace ModelBot.Discord.Interactions.Wire;

/// <summary>One option value of a command (or, nested, of a subcommand).</summary>
public sealed record InteractionDataOption
{
    /// <summary>The option's name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The option's type (3 = string).</summary>
    public int Type { get; init; }

    /// <summary>The value as text (numbers and booleans in their JSON form); null for subcommands and when absent.</summary>
    [JsonConverter(typeof(OptionValueJsonConverter))]
    public string? Value { get; init; }

    /// <summary>Nested options of a subcommand.</summary>
    public IReadOnlyList<InteractionDataOption>? Options { get; init; }

    /// <summary>True for the option being typed, in an autocomplete interaction.</summary>
    public bool? Focused { get; init; }

    /// <summary>The value as text (numbers and booleans in their JSON form), or null when absent.</summary>
    /// <remarks>Null, too, for a value that cannot become text (see <see cref="OptionValueJsonConverter"/>).</remarks>
    [JsonIgnore]
    public string? ValueText => Value;
}
