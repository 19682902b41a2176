using System.Text.Json.Serialization;

namespace ModelBot.Discord.Interactions.Wire;

/// <summary>A deferred response (type 5): only the flags of the message that the later edit fills in.</summary>
public sealed record DeferredMessageResponse(DeferredMessageData Data)
{
    /// <summary>Always <see cref="InteractionCallbackType.DeferredChannelMessageWithSource"/>.</summary>
    [JsonPropertyOrder(-1)]
    public InteractionCallbackType Type => InteractionCallbackType.DeferredChannelMessageWithSource;
}
