using Microsoft.Extensions.Configuration;

namespace ModelBot.Slack.Options;

/// <summary>
/// The one place that reads from raw configuration whether Slack, and which of its transports, is configured: the
/// adapter's registration, the endpoint mapping and the host's choice of the console adapter all ask here.
/// </summary>
public static class SlackConfiguration
{
    private static readonly string[] CredentialKeys = [nameof(SlackOptions.SigningSecret), nameof(SlackOptions.BotToken), nameof(SlackOptions.AppToken)];

    /// <summary>True when <c>Slack:SigningSecret</c>, <c>Slack:BotToken</c> or <c>Slack:AppToken</c> is set.</summary>
    public static bool IsConfigured(IConfiguration configuration)
    {
        var section = configuration.GetSection(SlackOptions.SectionName);
        return CredentialKeys.Any(key => !string.IsNullOrWhiteSpace(section[key]));
    }

    /// <summary>
    /// True when Slack is configured and <c>Slack:SigningSecret</c> is set: the HTTP endpoints are mapped (without the
    /// secret no request could be verified, so a Socket-Mode-only app maps none).
    /// </summary>
    public static bool IsHttpConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{SlackOptions.SectionName}:{nameof(SlackOptions.SigningSecret)}"]);

    /// <summary>True when Socket Mode is switched on.</summary>
    public static bool IsSocketModeEnabled(IConfiguration configuration) =>
        bool.TryParse(configuration[$"{SlackOptions.SectionName}:SocketMode:Enabled"], out var enabled) && enabled;
}
