using System.CommandLine;
using ModelBot.Discord;
using ModelBot.Discord.Registration;
using ModelBot.Host.Hosting;

namespace ModelBot.Host.Cli;

/// <summary>
/// <c>modelbot discord register</c>: registers the command catalog with Discord (guild commands when
/// <c>Discord:GuildId</c> is set, global otherwise). Idempotent: sends a PUT only when the registered commands
/// differ. Needs <c>Discord:ApplicationId</c> and <c>Discord:BotToken</c>; exit code 1 with the reason otherwise.
/// </summary>
public static class DiscordRegisterCommand
{
    /// <summary>Creates the <c>discord</c> command and its <c>register</c> subcommand.</summary>
    public static Command Create(CliContext context)
    {
        var register = new Command("register", "Register the slash commands with Discord (only sends them when they changed)");
        register.SetAction((_, cancellationToken) => RegisterAsync(context, cancellationToken));
        return new Command("discord", "Work with the Discord application") { Subcommands = { register } };
    }

    private static async Task<int> RegisterAsync(CliContext context, CancellationToken cancellationToken)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = typeof(DiscordRegisterCommand).Assembly.GetName().Name,
        });
        builder.AddModelBotHost(context, null);
        builder.Services.AddDiscordRegistration(builder.Configuration);
        using var host = builder.Build();

        var result = await host.Services.GetRequiredService<CommandRegistrar>().RegisterAsync(cancellationToken);
        var terminal = context.Terminal;
        switch (result.Status)
        {
            case RegistrationStatus.Unchanged:
                await terminal.Output.WriteLineAsync($"Discord commands ({result.Scope}): {result.CommandCount} already registered, nothing sent.");
                return ExitCodes.Success;
            case RegistrationStatus.Updated:
                await terminal.Output.WriteLineAsync($"Discord commands ({result.Scope}): registered {result.CommandCount} commands.");
                return ExitCodes.Success;
            default:
                foreach (var message in result.Messages)
                {
                    await terminal.Error.WriteLineAsync(message);
                }
                return ExitCodes.Failure;
        }
    }
}
