using System.Text.Json.Serialization;
using System.Text.Json;

namespace ModelBot.Discord.Interactions.Wire;

/// <summary>One option value of a command (or, nested, of a subcommand).</summary>
public sealed record InteractionDataOption
{
    /// <summary>The option's name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The option's type (3 = string).</summary>
    public int Type { get; init; }

    /// <summary>The value: a string, number or boolean; absent for subcommands.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>Nested options of a subcommand.</summary>
    public IReadOnlyList<InteractionDataOption>? Options { get; init; }

    /// <summary>True for the option being typed, in an autocomplete interaction.</summary>
    public bool? Focused { get; init; }

    /// <summary>The value as text (numbers and booleans in their JSON form), or null when absent.</summary>
    /// <remarks>
    /// Null, too, for a value that cannot become text: the element is kept raw, so invalid UTF-8 or an escaped lone
    /// surrogate (<c>"\udfff"</c>) only fails here, after parsing succeeded, with InvalidOperationException (was a 500).
    /// </remarks>
    [JsonIgnore]
    public string? ValueText
    {
        get
        {
            try
            {
                return Value switch
                {
                    null => null,
                    { ValueKind: JsonValueKind.String } element => element.GetString(),
                    { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
                    { } element => element.GetRawText(),
                };
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }
    }
}
