namespace ModelBot.Slack.Manifest;

/// <summary>Slack's limits on manifest fields.</summary>
public static class ManifestLimits
{
    /// <summary>A slash command, slash included.</summary>
    public const int CommandName = 32;

    /// <summary>A slash command's description.</summary>
    public const int CommandDescription = 2000;

    /// <summary>A slash command's usage hint.</summary>
    public const int UsageHint = 1000;

    /// <summary>The app's short description.</summary>
    public const int AppDescription = 140;

    /// <summary>The bot user's display name.</summary>
    public const int BotDisplayName = 80;
}
