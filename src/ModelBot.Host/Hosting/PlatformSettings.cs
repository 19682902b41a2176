namespace ModelBot.Host.Hosting;

/// <summary>Whether configuration holds settings for a chat platform (any credential of it is non-empty).</summary>
public static class PlatformSettings
{
    private static readonly string[] DiscordKeys = ["Discord:ApplicationId", "Discord:PublicKey", "Discord:BotToken"];
    private static readonly string[] SlackKeys = ["Slack:SigningSecret", "Slack:BotToken", "Slack:AppToken"];

    /// <summary>True when any Discord credential is set.</summary>
    public static bool HasDiscord(IConfiguration configuration) => DiscordKeys.Any(key => !string.IsNullOrWhiteSpace(configuration[key]));

    /// <summary>True when any Slack credential is set.</summary>
    public static bool HasSlack(IConfiguration configuration) => SlackKeys.Any(key => !string.IsNullOrWhiteSpace(configuration[key]));
}
