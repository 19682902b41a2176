using System.CommandLine;

namespace ModelBot.Host.Cli;

/// <summary>The <c>modelbot</c> command line: one file per command in this folder, assembled here.</summary>
public static class ModelBotCli
{
    /// <summary>Builds the root command with every subcommand.</summary>
    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand("ModelBot answers questions about AI models and benchmark results from a curated dataset.")
        {
            Subcommands =
            {
                ServeCommand.Create(context),
                AskCommand.Create(context),
                DataCommand.Create(context),
                DiscordRegisterCommand.Create(context),
                SlackCommand.Create(context),
            },
        };
        ServeCommand.AttachTo(root, context);
        return root;
    }

    /// <summary>
    /// Parsing without response files: a request such as <c>modelbot ask "@everyone muse spark vs gpt-5.4"</c> is a
    /// request, not the name of a file of arguments ("Response file not found").
    /// </summary>
    public static ParserConfiguration Parsing { get; } = new() { ResponseFileTokenReplacer = null };

    /// <summary>Parses <paramref name="args"/> and runs the chosen command against <paramref name="context"/>; returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var configuration = new InvocationConfiguration
        {
            Output = context.Terminal.Output,
            Error = context.Terminal.Error,
            // The generic host handles Ctrl+C and SIGTERM itself and shuts down gracefully.
            ProcessTerminationTimeout = null,
        };
        return Create(context).Parse(args, Parsing).InvokeAsync(configuration, cancellationToken);
    }
}
