using System.CommandLine;
using Microsoft.Extensions.Options;
using ModelBot.Host.Hosting;

namespace ModelBot.Host.Cli;

/// <summary><c>modelbot serve</c> (also what bare <c>modelbot</c> does): run the web host and the configured adapters.</summary>
public static class ServeCommand
{
    /// <summary>The description shown by <c>modelbot --help</c>.</summary>
    public const string Description =
        "Run the bot: Kestrel on Urls/ASPNETCORE_URLS with GET /healthz, the Discord and Slack adapters that are configured, " +
        "and the interactive console adapter when neither is.";

    /// <summary>Creates the <c>serve</c> subcommand.</summary>
    public static Command Create(CliContext context)
    {
        var data = DataPathOption.Create();
        var command = new Command("serve", Description) { Options = { data } };
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult.GetValue(data), cancellationToken));
        return command;
    }

    /// <summary>Makes <paramref name="root"/> serve when no subcommand is given.</summary>
    public static void AttachTo(RootCommand root, CliContext context)
    {
        var data = DataPathOption.Create();
        root.Options.Add(data);
        root.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult.GetValue(data), cancellationToken));
    }

    private static async Task<int> RunAsync(CliContext context, string? dataPath, CancellationToken cancellationToken)
    {
        try
        {
            await using var app = ModelBotWebHost.Build(context, dataPath);
            // Validate the settings before starting: the host would otherwise log the failure with its stack trace
            // ("Hosting failed to start") ahead of the error lines below.
            app.Services.GetService<IStartupValidator>()?.Validate();
            await app.RunAsync(cancellationToken);
            return ExitCodes.Success;
        }
        catch (Exception exception) when (StartupFailure.IsExplained(exception))
        {
            await StartupFailure.WriteAsync(context.Terminal.Error, exception);
            return ExitCodes.Failure;
        }
    }
}
