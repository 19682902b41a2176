using ModelBot.Host.Console;

namespace ModelBot.Host.Cli;

/// <summary>What a CLI invocation runs against: the standard streams and configuration that outranks every other source.</summary>
/// <param name="Terminal">Standard input, output and error.</param>
/// <param name="Settings">Configuration overrides (highest precedence), e.g. <c>Urls</c> in tests; empty for the program.</param>
public sealed record CliContext(Terminal Terminal, IReadOnlyDictionary<string, string?> Settings)
{
    /// <summary>The process's console and no overrides.</summary>
    public static CliContext FromSystemConsole() => new(Terminal.FromSystemConsole(), new Dictionary<string, string?>());
}
