using Microsoft.Extensions.Hosting;
using ModelBot.Host.Cli;
using ModelBot.Host.Console;
using ModelBot.Host.Hosting;

namespace ModelBot.Benchmarks;

/// <summary>The host <c>modelbot ask</c> builds, never started, with warnings-only logs and no console: what the query benchmarks run against.</summary>
internal static class QuietCommandHost
{
    /// <summary>Builds it over the repository's data/.</summary>
    public static IHost Build()
    {
        var settings = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" };
        var terminal = new Terminal(TextReader.Null, TextWriter.Null, TextWriter.Null, InputIsInteractive: false, OutputIsTerminal: false);
        return CommandHost.Build(new CliContext(terminal, settings), dataPath: null);
    }
}
