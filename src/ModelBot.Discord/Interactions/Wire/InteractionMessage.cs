namespace ModelBot.Discord.Interactions.Wire;

/// <summary>The message a clicked component sits on.</summary>
public sealed record InteractionMessage
{
    /// <summary>The message's id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Its flags (64 when ephemeral).</summary>
    public int? Flags { get; init; }
}
