using System.Text.Json.Serialization;

namespace ModelBot.Discord.Interactions.Wire;

/// <summary>An autocomplete result (type 8).</summary>
public sealed record AutocompleteResponse(AutocompleteResult Data)
{
    /// <summary>Always <see cref="InteractionCallbackType.ApplicationCommandAutocompleteResult"/>.</summary>
    [JsonPropertyOrder(-1)]
    public InteractionCallbackType Type => InteractionCallbackType.ApplicationCommandAutocompleteResult;
}
