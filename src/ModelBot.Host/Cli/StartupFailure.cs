using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace ModelBot.Host.Cli;

/// <summary>
/// Turns the ways <c>modelbot serve</c> can fail to start (settings that do not validate, an address it cannot listen
/// on) into <c>error:</c> lines an operator can act on, instead of an unhandled exception and its stack trace.
/// </summary>
public static class StartupFailure
{
    /// <summary>Where the settings are documented, written after a settings error.</summary>
    public const string SettingsHint = "README.md explains each setting (sections \"Configuration\", \"Connect Discord\", \"Connect Slack\")";

    /// <summary>True when <paramref name="exception"/> is a startup failure this class explains.</summary>
    public static bool IsExplained(Exception exception) => exception is OptionsValidationException || AddressInUse(exception) is not null;

    /// <summary>Writes one <c>error:</c> line per problem in <paramref name="exception"/>, then a hint.</summary>
    public static async Task WriteAsync(TextWriter error, Exception exception)
    {
        if (exception is OptionsValidationException invalid)
        {
            foreach (var failure in invalid.Failures.Distinct())
            {
                await error.WriteLineAsync($"error: {failure}");
            }
            await error.WriteLineAsync($"hint: {SettingsHint}");
            return;
        }
        var bind = AddressInUse(exception);
        await error.WriteLineAsync($"error: {bind?.Message ?? exception.Message}");
        await error.WriteLineAsync("hint: another process holds that port; stop it, or choose another address with the Urls setting (Urls or ASPNETCORE_URLS in the environment)");
    }

    // Kestrel reports a taken port as an IOException ("Failed to bind to address …") around AddressInUseException.
    private static IOException? AddressInUse(Exception exception) =>
        exception is IOException { InnerException: AddressInUseException } bind ? bind : null;
}
