namespace ModelBot.Commands.Requests;

/// <summary>
/// One platform-neutral request. Adapters fill <see cref="Command"/> and <see cref="Arguments"/> when the platform
/// already parsed a slash command (Discord options, Slack slash command name); otherwise only <see cref="Text"/>
/// is set ("/compare muse-spark gpt-5.4", or a free-text question from an @mention) and the router parses it.
/// </summary>
public sealed record ChatRequest
{
    /// <summary>"console", "discord", "slack", "cli".</summary>
    public required string Platform { get; init; }
    /// <summary>The raw text the user typed (for an @mention, without the mention itself).</summary>
    public string Text { get; init; } = "";
    /// <summary>Catalog command name without the slash ("compare"), when the platform parsed it.</summary>
    public string? Command { get; init; }
    /// <summary>Named option values from the platform (Discord options), by catalog option name.</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();
    public string? UserId { get; init; }
    public string? ChannelId { get; init; }
    public string? GuildOrTeamId { get; init; }
}
