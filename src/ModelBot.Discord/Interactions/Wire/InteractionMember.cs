namespace ModelBot.Discord.Interactions.Wire;

/// <summary>The guild member who invoked an interaction.</summary>
public sealed record InteractionMember
{
    /// <summary>The member's user.</summary>
    public InteractionUser? User { get; init; }
}
