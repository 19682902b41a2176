using System.Text.Json.Serialization;

namespace ModelBot.Discord.Interactions.Wire;

/// <summary>An interaction as Discord sends it over HTTP or in a gateway INTERACTION_CREATE; only the fields ModelBot reads.</summary>
public sealed record Interaction
{
    /// <summary>The interaction's id (a snowflake).</summary>
    public string Id { get; init; } = "";

    /// <summary>The application it is for.</summary>
    public string ApplicationId { get; init; } = "";

    /// <summary>What happened.</summary>
    public InteractionType Type { get; init; }

    /// <summary>Command, options or component data; absent for PING.</summary>
    public InteractionData? Data { get; init; }

    /// <summary>The guild, when invoked in one.</summary>
    public string? GuildId { get; init; }

    /// <summary>The channel.</summary>
    public string? ChannelId { get; init; }

    /// <summary>The invoking member, when invoked in a guild.</summary>
    public InteractionMember? Member { get; init; }

    /// <summary>The invoking user, when invoked in a DM.</summary>
    public InteractionUser? User { get; init; }

    /// <summary>Continuation token for the callback and webhook edits (valid 15 minutes).</summary>
    public string Token { get; init; } = "";

    /// <summary>Always 1.</summary>
    public int Version { get; init; }

    /// <summary>The message a clicked component is on.</summary>
    public InteractionMessage? Message { get; init; }

    /// <summary>The invoking user's id from <see cref="Member"/> or <see cref="User"/>.</summary>
    [JsonIgnore]
    public string? UserId => Member?.User?.Id ?? User?.Id;
}
