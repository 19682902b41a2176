namespace ModelBot.Discord.Rest;

/// <summary>Discord's JSON error body: a numeric code (e.g. 50035 invalid form body, 40060 already acknowledged) and a message.</summary>
public sealed record DiscordErrorBody
{
    /// <summary>Discord's error code.</summary>
    public int Code { get; init; }

    /// <summary>The readable message.</summary>
    public string? Message { get; init; }
}
