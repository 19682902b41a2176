namespace ModelBot.Slack.Manifest;

/// <summary>A Slack app manifest (the fields ModelBot sets), serialised as JSON or YAML for "Create an app → From a manifest".</summary>
public sealed record SlackAppManifest
{
    /// <summary>Name, description and colour shown in Slack.</summary>
    public required ManifestDisplayInformation DisplayInformation { get; init; }

    /// <summary>Bot user and slash commands.</summary>
    public required ManifestFeatures Features { get; init; }

    /// <summary>The bot token's scopes.</summary>
    public required ManifestOauthConfig OauthConfig { get; init; }

    /// <summary>Events, interactivity and Socket Mode.</summary>
    public required ManifestSettings Settings { get; init; }
}

/// <summary><c>display_information</c>.</summary>
public sealed record ManifestDisplayInformation(string Name, string Description, string BackgroundColor);

/// <summary><c>features</c>.</summary>
public sealed record ManifestFeatures(ManifestBotUser BotUser, IReadOnlyList<ManifestSlashCommand> SlashCommands);

/// <summary><c>features.bot_user</c>.</summary>
public sealed record ManifestBotUser(string DisplayName, bool AlwaysOnline);

/// <summary>One entry of <c>features.slash_commands</c>; <see cref="Url"/> is omitted in Socket Mode.</summary>
public sealed record ManifestSlashCommand(string Command, string? Url, string Description, string? UsageHint, bool ShouldEscape);

/// <summary><c>oauth_config</c>.</summary>
public sealed record ManifestOauthConfig(ManifestScopes Scopes);

/// <summary><c>oauth_config.scopes</c>.</summary>
public sealed record ManifestScopes(IReadOnlyList<string> Bot);

/// <summary><c>settings</c>.</summary>
public sealed record ManifestSettings(
    ManifestEventSubscriptions EventSubscriptions,
    ManifestInteractivity Interactivity,
    bool OrgDeployEnabled,
    bool SocketModeEnabled,
    bool TokenRotationEnabled);

/// <summary><c>settings.event_subscriptions</c>; <see cref="RequestUrl"/> is omitted in Socket Mode.</summary>
public sealed record ManifestEventSubscriptions(string? RequestUrl, IReadOnlyList<string> BotEvents);

/// <summary><c>settings.interactivity</c>; <see cref="RequestUrl"/> is omitted in Socket Mode.</summary>
public sealed record ManifestInteractivity(bool IsEnabled, string? RequestUrl);
