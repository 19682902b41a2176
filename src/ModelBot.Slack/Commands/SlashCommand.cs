namespace ModelBot.Slack.Commands;

/// <summary>
/// A slash command invocation, as Slack posts it (form fields over HTTP, the same names in a Socket Mode
/// <c>slash_commands</c> payload).
/// </summary>
public sealed record SlashCommand
{
    /// <summary>The command typed, with its slash, e.g. <c>/mb-compare</c>.</summary>
    public string Command { get; init; } = "";

    /// <summary>Everything after the command name.</summary>
    public string Text { get; init; } = "";

    /// <summary>Who ran it.</summary>
    public string? UserId { get; init; }

    /// <summary>Their display name (deprecated by Slack, informational only).</summary>
    public string? UserName { get; init; }

    /// <summary>Where it was run.</summary>
    public string? ChannelId { get; init; }

    /// <summary>The workspace.</summary>
    public string? TeamId { get; init; }

    /// <summary>The Enterprise Grid organisation, if any.</summary>
    public string? EnterpriseId { get; init; }

    /// <summary>Where later replies go (at most five within thirty minutes).</summary>
    public string? ResponseUrl { get; init; }

    /// <summary>Opens a modal within three seconds.</summary>
    public string? TriggerId { get; init; }

    /// <summary>The app the command belongs to.</summary>
    public string? ApiAppId { get; init; }

    /// <summary>Slack's SSL certificate check (<c>ssl_check=1</c>): answer 200 with an empty body, run nothing.</summary>
    public bool IsSslCheck { get; init; }
}
