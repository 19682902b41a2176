namespace ModelBot.Discord.Interactions.Wire;

/// <summary>A Discord user, as far as ModelBot needs it.</summary>
public sealed record InteractionUser
{
    /// <summary>The user's id.</summary>
    public string Id { get; init; } = "";
}
