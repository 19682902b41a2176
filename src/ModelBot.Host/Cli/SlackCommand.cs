using System.CommandLine;
using ModelBot.Commands.Catalog;
using ModelBot.Host.Hosting;
using ModelBot.Slack.Manifest;
using ModelBot.Slack.Options;

namespace ModelBot.Host.Cli;

/// <summary>
/// <c>modelbot slack manifest [--format json|yaml] [--base-url https://…] [--socket-mode]</c>: prints the Slack app
/// manifest generated from the command catalog (slash commands with Slack:CommandPrefix, bot scopes, the
/// app_mention event, interactivity, request URLs or Socket Mode as configured). Exit code 1 with the reason when
/// no manifest can be made (e.g. no base URL for HTTP mode).
/// </summary>
public static class SlackCommand
{
    /// <summary>Creates the <c>slack</c> command and its <c>manifest</c> subcommand.</summary>
    public static Command Create(CliContext context)
    {
        var format = new Option<ManifestFormat>("--format", "-f")
        {
            Description = "Output: yaml or json (both paste into Slack's \"Create an app → From a manifest\")",
            DefaultValueFactory = _ => ManifestFormat.Yaml,
            HelpName = "yaml|json",
        };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "Public https address of this bot; request URLs become <base-url>/slack/commands, /slack/events, /slack/interactivity",
            HelpName = "url",
        };
        var socketMode = new Option<bool>("--socket-mode")
        {
            Description = "Use Socket Mode (no request URLs); the default is Slack:SocketMode:Enabled",
        };
        var manifest = new Command("manifest", "Print the Slack app manifest for the command catalog")
        {
            Options = { format, baseUrl, socketMode },
        };
        manifest.SetAction((parseResult, cancellationToken) => PrintAsync(
            context, parseResult.GetValue(format), parseResult.GetValue(baseUrl), parseResult.GetValue(socketMode), cancellationToken));
        return new Command("slack", "Work with the Slack app") { Subcommands = { manifest } };
    }

    private static async Task<int> PrintAsync(CliContext context, ManifestFormat format, string? baseUrlText, bool socketMode, CancellationToken cancellationToken)
    {
        Uri? baseUrl = null;
        if (!string.IsNullOrWhiteSpace(baseUrlText) && !Uri.TryCreate(baseUrlText, UriKind.Absolute, out baseUrl))
        {
            await context.Terminal.Error.WriteLineAsync($"error: --base-url '{baseUrlText}' is not an absolute URL such as https://bot.example.com");
            return ExitCodes.Failure;
        }
        using var host = CommandHost.Build(context, dataPath: null);
        var configuration = host.Services.GetRequiredService<IConfiguration>();
        var catalog = host.Services.GetService<CommandCatalog>() ?? new CommandCatalog();
        var request = new ManifestRequest(
            baseUrl,
            configuration[$"{SlackOptions.SectionName}:{nameof(SlackOptions.CommandPrefix)}"] ?? "",
            socketMode || SlackConfiguration.IsSocketModeEnabled(configuration));
        var result = SlackManifestBuilder.Build(catalog, request);
        if (result.Manifest is null)
        {
            await context.Terminal.Error.WriteLineAsync($"error: {result.Error}");
            return ExitCodes.Failure;
        }
        cancellationToken.ThrowIfCancellationRequested();
        await context.Terminal.Output.WriteAsync(SlackManifestWriter.Write(result.Manifest, format));
        return ExitCodes.Success;
    }
}
