using ModelBot.Host.Cli;

namespace ModelBot.Host.Tests.Support;

/// <summary>Runs the <c>modelbot</c> CLI in process with in-memory standard streams.</summary>
internal static class CliRun
{
    public static async Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(string input, params string[] args)
    {
        var (context, output, error) = TestContexts.Create(input);
        var exitCode = await ModelBotCli.RunAsync(args, context, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }

    public static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunWithInputAsync("", args);
}
