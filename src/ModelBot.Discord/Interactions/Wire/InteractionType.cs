namespace ModelBot.Discord.Interactions.Wire;

/// <summary>Interaction types (developers/interactions/receiving-and-responding).</summary>
public enum InteractionType
{
    /// <summary>Discord checking the endpoint; answered with PONG.</summary>
    Ping = 1,

    /// <summary>A slash command was run.</summary>
    ApplicationCommand = 2,

    /// <summary>A button on a message was clicked.</summary>
    MessageComponent = 3,

    /// <summary>The user is typing an option with autocomplete.</summary>
    ApplicationCommandAutocomplete = 4,

    /// <summary>A modal form was submitted (ModelBot shows none).</summary>
    ModalSubmit = 5,
}
