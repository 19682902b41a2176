namespace ModelBot.Host.Console;

/// <summary>
/// The standard streams the CLI and the console adapter talk to. Tests pass their own readers and writers;
/// the program passes <see cref="FromSystemConsole"/>.
/// </summary>
/// <param name="Input">Standard input: requests, one per line.</param>
/// <param name="Output">Standard output: answers only.</param>
/// <param name="Error">Standard error: reasons, suggestions and usage errors (logs go there too).</param>
/// <param name="InputIsInteractive">True when a person types at a terminal: the prompt is shown.</param>
/// <param name="OutputIsTerminal">True when standard output is a terminal: colours are used.</param>
public sealed record Terminal(TextReader Input, TextWriter Output, TextWriter Error, bool InputIsInteractive, bool OutputIsTerminal)
{
    /// <summary>The process's own console. Colours are off when <c>NO_COLOR</c> is set or output is redirected.</summary>
    public static Terminal FromSystemConsole() => new(
        global::System.Console.In,
        global::System.Console.Out,
        global::System.Console.Error,
        InputIsInteractive: !global::System.Console.IsInputRedirected,
        OutputIsTerminal: !global::System.Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));
}
