using ModelBot.Commands.Catalog;
using ModelBot.Slack.Commands;
using ModelBot.Slack.Events;
using ModelBot.Slack.Interactivity;

namespace ModelBot.Slack.Manifest;

/// <summary>Builds the Slack app manifest from the command catalog: slash commands (with prefix), bot scopes, the <c>app_mention</c> event, interactivity, and request URLs or Socket Mode.</summary>
public static class SlackManifestBuilder
{
    /// <summary>The bot token scopes ModelBot needs.</summary>
    public static IReadOnlyList<string> BotScopes { get; } = ["commands", "chat:write", "app_mentions:read", "files:write"];

    /// <summary>The events ModelBot subscribes to.</summary>
    public static IReadOnlyList<string> BotEvents { get; } = [SlackEvent.AppMentionType];

    /// <summary>The manifest for <paramref name="catalog"/> and <paramref name="request"/>.</summary>
    public static ManifestResult Build(CommandCatalog catalog, ManifestRequest request)
    {
        if (!request.SocketMode)
        {
            if (request.BaseUrl is null)
            {
                return new ManifestResult(null, "A base URL is needed for request URLs (--base-url https://bot.example.com), unless Socket Mode is enabled (--socket-mode or Slack:SocketMode:Enabled).");
            }
            if (request.BaseUrl.Scheme != Uri.UriSchemeHttps)
            {
                return new ManifestResult(null, $"Slack requires https request URLs; '{request.BaseUrl}' is not https.");
            }
        }
        var commands = new List<ManifestSlashCommand>(catalog.Commands.Count);
        foreach (var command in catalog.Commands)
        {
            var name = SlackCommandNames.ToSlack(command.Name, request.CommandPrefix);
            if (name.Length > ManifestLimits.CommandName)
            {
                return new ManifestResult(null, $"The slash command '{name}' is longer than Slack's {ManifestLimits.CommandName} characters; use a shorter Slack:CommandPrefix.");
            }
            commands.Add(new ManifestSlashCommand(
                name,
                Url(request, SlashCommandEndpoint.Path),
                Fit(command.Description, ManifestLimits.CommandDescription),
                command.UsageHint.Length == 0 ? null : Fit(command.UsageHint, ManifestLimits.UsageHint),
                ShouldEscape: false));
        }
        var manifest = new SlackAppManifest
        {
            DisplayInformation = new ManifestDisplayInformation(
                request.AppName,
                Fit("Answers questions about AI models and benchmark results, with sources.", ManifestLimits.AppDescription),
                "#1d3557"),
            Features = new ManifestFeatures(new ManifestBotUser(Fit(request.AppName, ManifestLimits.BotDisplayName), AlwaysOnline: true), commands),
            OauthConfig = new ManifestOauthConfig(new ManifestScopes(BotScopes)),
            Settings = new ManifestSettings(
                new ManifestEventSubscriptions(Url(request, EventsEndpoint.Path), BotEvents),
                new ManifestInteractivity(IsEnabled: true, Url(request, InteractivityEndpoint.Path)),
                OrgDeployEnabled: false,
                SocketModeEnabled: request.SocketMode,
                TokenRotationEnabled: false),
        };
        return new ManifestResult(manifest, null);
    }

    private static string? Url(ManifestRequest request, string path) =>
        request.SocketMode || request.BaseUrl is null ? null : request.BaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + path;

    private static string Fit(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
