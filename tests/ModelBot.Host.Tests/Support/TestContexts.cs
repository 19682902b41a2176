using ModelBot.Host.Cli;
using ModelBot.Host.Console;

namespace ModelBot.Host.Tests.Support;

/// <summary>CLI contexts over in-memory streams, with a loopback ephemeral port and quiet logs.</summary>
internal static class TestContexts
{
    public static Dictionary<string, string?> QuietSettings(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Data:Watch"] = "false",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    public static (CliContext Context, StringWriter Output, StringWriter Error) Create(
        string input = "", bool interactive = false, bool terminal = false, params (string Key, string? Value)[] settings)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(new Terminal(new StringReader(input), output, error, interactive, terminal), QuietSettings(settings));
        return (context, output, error);
    }
}
