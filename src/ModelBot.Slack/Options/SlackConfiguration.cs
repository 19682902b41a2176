using Microsoft.Extensions.Configuration;

namespace ModelBot.Slack.Options;

/// <summary>Whether configuration enables the Slack adapter: any of its credentials is set.</summary>
public static class SlackConfiguration
{
    private static readonly string[] CredentialKeys = ["SigningSecret", "BotToken", "AppToken"];

    /// <summary>True when <c>Slack:SigningSecret</c>, <c>Slack:BotToken</c> or <c>Slack:AppToken</c> is set.</summary>
    public static bool IsConfigured(IConfiguration configuration)
    {
        var section = configuration.GetSection(SlackOptions.SectionName);
        return CredentialKeys.Any(key => !string.IsNullOrWhiteSpace(section[key]));
    }

    /// <summary>True when Socket Mode is switched on.</summary>
    public static bool IsSocketModeEnabled(IConfiguration configuration) =>
        bool.TryParse(configuration[$"{SlackOptions.SectionName}:SocketMode:Enabled"], out var enabled) && enabled;
}
