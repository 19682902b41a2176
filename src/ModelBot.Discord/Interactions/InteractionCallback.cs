using System.Text.Json;
using ModelBot.Discord.Interactions.Wire;
using ModelBot.Discord.Payloads;

namespace ModelBot.Discord.Interactions;

/// <summary>
/// The one response to an interaction, independent of transport: the HTTP endpoint returns <see cref="ToUtf8Json"/> as
/// its response body; the gateway POSTs the same bytes to <c>/interactions/{id}/{token}/callback</c>. A callback
/// made <see cref="FromJson"/> (a cached reply) carries only its bytes.
/// </summary>
public sealed class InteractionCallback
{
    private readonly ReadOnlyMemory<byte> _given;
    private byte[]? _serialized;

    private InteractionCallback(InteractionCallbackType type, DiscordMessage? message, IReadOnlyList<AutocompleteChoice>? choices, int? deferredFlags, ReadOnlyMemory<byte> json = default)
    {
        _given = json;
        Type = type;
        Message = message;
        Choices = choices;
        DeferredFlags = deferredFlags;
    }

    /// <summary>The callback type.</summary>
    public InteractionCallbackType Type { get; }

    /// <summary>The message of a type 4 or 7 callback; null for one made <see cref="FromJson"/>.</summary>
    public DiscordMessage? Message { get; }

    /// <summary>The choices of a type 8 callback.</summary>
    public IReadOnlyList<AutocompleteChoice>? Choices { get; }

    /// <summary>The flags of a type 5 callback (64 = the eventual message is ephemeral).</summary>
    public int? DeferredFlags { get; }

    /// <summary>Type 1: answers a PING.</summary>
    public static InteractionCallback Pong { get; } = new(InteractionCallbackType.Pong, null, null, null);

    /// <summary>Type 6: acknowledges a click; the message is edited later.</summary>
    public static InteractionCallback DeferredUpdate { get; } = new(InteractionCallbackType.DeferredUpdateMessage, null, null, null);

    /// <summary>Type 4: a new message.</summary>
    public static InteractionCallback Reply(DiscordMessage message) => new(InteractionCallbackType.ChannelMessageWithSource, message, null, null);

    /// <summary>Type 7: replaces the message the clicked component is on.</summary>
    public static InteractionCallback Update(DiscordMessage message) => new(InteractionCallbackType.UpdateMessage, message, null, null);

    /// <summary>Type 5: "thinking…", the message comes by editing @original.</summary>
    public static InteractionCallback Deferred(bool ephemeral) =>
        new(InteractionCallbackType.DeferredChannelMessageWithSource, null, null, ephemeral ? MessageFlags.Ephemeral : null);

    /// <summary>Type 8: autocomplete choices (at most 25).</summary>
    public static InteractionCallback Autocomplete(IReadOnlyList<AutocompleteChoice> choices) =>
        new(InteractionCallbackType.ApplicationCommandAutocompleteResult, null, choices, null);

    /// <summary>A callback of <paramref name="type"/> whose body, as Discord takes it, is <paramref name="json"/> (not copied).</summary>
    public static InteractionCallback FromJson(InteractionCallbackType type, ReadOnlyMemory<byte> json) =>
        new(type, null, null, null, json);

    /// <summary>The response body as Discord takes it, serialised once; the bytes may be shared and must not be changed.</summary>
    public ReadOnlyMemory<byte> ToUtf8Json() => _given.IsEmpty ? _serialized ??= Serialize() : _given;

    private byte[] Serialize()
    {
        var context = InteractionJsonContext.Wire;
        return Type switch
        {
            InteractionCallbackType.ApplicationCommandAutocompleteResult =>
                JsonSerializer.SerializeToUtf8Bytes(new AutocompleteResponse(new AutocompleteResult(Choices ?? [])), context.AutocompleteResponse),
            InteractionCallbackType.DeferredChannelMessageWithSource =>
                JsonSerializer.SerializeToUtf8Bytes(new DeferredMessageResponse(new DeferredMessageData(DeferredFlags)), context.DeferredMessageResponse),
            _ => JsonSerializer.SerializeToUtf8Bytes(new InteractionResponse(Type, Message), context.InteractionResponse),
        };
    }
}
