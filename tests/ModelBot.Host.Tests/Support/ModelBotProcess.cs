using System.Diagnostics;

namespace ModelBot.Host.Tests.Support;

/// <summary>Runs the real built <c>modelbot</c> (modelbot.dll beside the tests) as a separate process.</summary>
internal static class ModelBotProcess
{
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(
        string input, IReadOnlyDictionary<string, string>? environment, params string[] args) => RunAsync(input, environment, [], args);

    /// <summary>Like the other overload, leaving the variables in <paramref name="unset"/> out of the child's environment (e.g. the default Urls).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string input, IReadOnlyDictionary<string, string>? environment, IReadOnlyList<string> unset, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "modelbot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Urls"] = "http://127.0.0.1:0";
        start.Environment["NO_COLOR"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        foreach (var key in unset)
        {
            start.Environment.Remove(key);
        }

        var cancellation = TestContext.Current.CancellationToken;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var error = process.StandardError.ReadToEndAsync(cancellation);
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync(cancellation);
        return (process.ExitCode, (await output).ReplaceLineEndings("\n"), (await error).ReplaceLineEndings("\n"));
    }

    public static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunAsync("", null, args);
}
