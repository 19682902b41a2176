namespace ModelBot.Discord.Payloads;

/// <summary>Which mentions in a message may ping. ModelBot sends an empty <c>parse</c> list: nothing pings.</summary>
public sealed record AllowedMentions
{
    /// <summary><c>{"parse":[]}</c>: no user, role or @everyone mention pings.</summary>
    public static AllowedMentions None { get; } = new();

    /// <summary>Mention types to parse from content ("users", "roles", "everyone"); empty for none.</summary>
    public IReadOnlyList<string> Parse { get; init; } = [];
}
