using System.Text.Json;
using ModelBot.Host.Cli;
using ModelBot.Host.Tests.Support;

namespace ModelBot.Host.Tests.Cli;

/// <summary>
/// The real built <c>modelbot</c> in its own process, started outside the repository: the repository's data/ is
/// found from the executable, logs never reach standard output, exit codes are the process's own.
/// </summary>
public class ModelBotProcessTests
{
    [Fact]
    public async Task Ask_Json_WritesOnlyTheAnswerToStandardOutput()
    {
        var (exitCode, output, _) = await ModelBotProcess.RunAsync("ask", "/compare muse-spark gpt-5.4", "--format", "json");

        exitCode.ShouldBe(ExitCodes.Success);
        output.Count(c => c == '\n').ShouldBe(1);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("ok").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Ask_UnknownModel_ExitsTwoWithReasonOnStandardError()
    {
        var (exitCode, output, error) = await ModelBotProcess.RunAsync("ask", "/model gpt-9");

        exitCode.ShouldBe(ExitCodes.Unanswerable);
        output.ShouldBeEmpty();
        error.ShouldContain("error: ");
    }

    [Fact]
    public async Task AskStdin_JsonLines_OneLinePerRequest()
    {
        var (exitCode, output, _) = await ModelBotProcess.RunAsync("/help\n/benchmark arc-agi-2\n/model muse-spark\n", (IReadOnlyDictionary<string, string>?)null, "ask", "-", "--format", "json");

        exitCode.ShouldBe(ExitCodes.Success);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(3);
        lines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("command").GetString())
            .ShouldBe(["help", "benchmark", "model"]);
    }

    [Fact]
    public async Task DataValidate_BrokenCopy_ExitsOneNamingFileAndLine()
    {
        using var data = new DatasetCopy();
        var line = data.LineOf("models.yaml", "id: gpt-5.4");
        data.Replace("models.yaml", "id: gpt-5.4", "id: muse-spark");

        var (exitCode, output, _) = await ModelBotProcess.RunAsync("data", "validate", data.Directory);

        exitCode.ShouldBe(ExitCodes.Failure);
        output.ShouldContain($"models.yaml:{line}:");
    }

    [Fact]
    public async Task Serve_PipedLinesWithoutPlatforms_ConsoleAdapterAnswersAndStopsAtEndOfInput()
    {
        var (exitCode, output, _) = await ModelBotProcess.RunAsync("/benchmark arc-agi-2\n", (IReadOnlyDictionary<string, string>?)null, "serve");

        exitCode.ShouldBe(ExitCodes.Success);
        output.ShouldContain("ARC-AGI-2");
        output.ShouldNotContain("modelbot> ");
    }

    [Fact]
    public async Task Serve_InvalidSetting_ErrorLinesOnlyNoLoggedStackTrace()
    {
        var settings = new Dictionary<string, string> { ["Discord__PublicKey"] = "zz", ["Discord__ApplicationId"] = "1", ["Urls"] = "http://127.0.0.1:0" };

        var (exitCode, output, error) = await ModelBotProcess.RunAsync("", settings, "serve");

        exitCode.ShouldBe(ExitCodes.Failure);
        output.ShouldBeEmpty();
        error.ShouldContain("error: Discord:PublicKey");
        error.ShouldNotContain("Hosting failed to start");
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Serve_AspNetCoreUrls_IsWhereKestrelListens()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var settings = new Dictionary<string, string> { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" };

        var (exitCode, _, error) = await ModelBotProcess.RunAsync("/help\n", settings, ["Urls"], "serve");

        exitCode.ShouldBe(ExitCodes.Success);
        error.ShouldContain($"Now listening on: http://127.0.0.1:{port}");
    }

    [Fact]
    public async Task DataValidate_RelativePathNotUnderTheCurrentDirectory_FoundAsDataPathIs()
    {
        // The process runs in the temp directory; "data" is found beside the executable's repository, as Data:Path is
        // (and as `dotnet run --project src/ModelBot.Host -- data validate data` needs).
        var (exitCode, output, _) = await ModelBotProcess.RunAsync("data", "validate", "data");

        exitCode.ShouldBe(ExitCodes.Success);
        output.ShouldContain(": valid: ");
    }
}
