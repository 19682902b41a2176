namespace ModelBot.Discord.Interactions.Wire;

/// <summary>Interaction callback types ModelBot answers with.</summary>
public enum InteractionCallbackType
{
    /// <summary>ACK of a PING.</summary>
    Pong = 1,

    /// <summary>Reply with a message.</summary>
    ChannelMessageWithSource = 4,

    /// <summary>ACK now ("thinking…"), edit @original later.</summary>
    DeferredChannelMessageWithSource = 5,

    /// <summary>ACK a component click now, edit the message later.</summary>
    DeferredUpdateMessage = 6,

    /// <summary>Edit the message the component is on.</summary>
    UpdateMessage = 7,

    /// <summary>Autocomplete suggestions.</summary>
    ApplicationCommandAutocompleteResult = 8,
}
