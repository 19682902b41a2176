using Microsoft.Extensions.Configuration;
using ModelBot.Discord.Gateway.Hosting;

namespace ModelBot.Discord.Settings;

/// <summary>
/// The one place that reads from raw configuration whether Discord, and which of its transports, is configured: the
/// adapter's registration, the endpoint mapping and the host's choice of the console adapter all ask here.
/// </summary>
public static class DiscordSettings
{
    private static readonly string[] CredentialKeys = [nameof(DiscordOptions.ApplicationId), nameof(DiscordOptions.PublicKey), nameof(DiscordOptions.BotToken)];

    /// <summary>True when any Discord credential is set: the operator means to run the bot on Discord (no console adapter).</summary>
    public static bool IsConfigured(IConfiguration configuration)
    {
        var section = configuration.GetSection(DiscordOptions.SectionName);
        return CredentialKeys.Any(key => !string.IsNullOrWhiteSpace(section[key])) || IsGatewayEnabled(configuration);
    }

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

    /// <summary>True when <c>Discord:Gateway:Enabled</c> is true: the shards connect and the gateway transport runs.</summary>
    public static bool IsGatewayEnabled(IConfiguration configuration) =>
        bool.TryParse(configuration[DiscordGatewayOptions.SectionName + ":" + nameof(DiscordGatewayOptions.Enabled)], out var enabled) && enabled;
}
