using Microsoft.Extensions.Configuration;

namespace ModelBot.Discord.Settings;

/// <summary>Reads from raw configuration whether the HTTP interactions adapter is configured.</summary>
public static class DiscordSettings
{
    /// <summary>
    /// True when <c>Discord:PublicKey</c> or <c>Discord:ApplicationId</c> is set: the endpoint is then mapped and both
    /// settings are validated at start (a half-configured adapter fails with a message instead of staying silent).
    /// </summary>
    public static bool IsHttpInteractionsConfigured(IConfiguration configuration)
    {
        var section = configuration.GetSection(DiscordOptions.SectionName);
        return !string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.PublicKey)])
            || !string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.ApplicationId)]);
    }
}
