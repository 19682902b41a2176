using System.Text.Json;
using ModelBot.Host.Cli;
using ModelBot.Host.Tests.Support;

namespace ModelBot.Host.Tests.Cli;

/// <summary><c>modelbot ask</c> in process over the repository's dataset: exit codes, formats, JSON lines.</summary>
public class AskCommandTests
{
    private const string Compare = "/compare muse-spark gpt-5.4";
    private const string Leaderboard = "/benchmark arc-agi-2";
    private const string UnknownModel = "/compare muse-spark gpt-9";

    [Theory]
    [InlineData("@everyone /compare muse-spark gpt-5.4")]
    [InlineData("@ModelBot which model leads arc-agi-2?")]
    [InlineData("@muse-spark")]
    public async Task Ask_RequestStartingWithAt_IsARequestNotAResponseFile(string request)
    {
        // System.CommandLine read "@…" as a response file: "Response file not found".
        var (exitCode, output, error) = await CliRun.RunAsync("ask", request, "--format", "json");

        error.ShouldNotContain("Response file");
        exitCode.ShouldBeOneOf(ExitCodes.Success, ExitCodes.Unanswerable);
        using var json = JsonDocument.Parse(output);
        json.RootElement.TryGetProperty("ok", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Ask_CompareAsJson_ExitsZeroWithNeutralAnswer()
    {
        var (exitCode, output, error) = await CliRun.RunAsync("ask", Compare, "--format", "json");

        exitCode.ShouldBe(ExitCodes.Success);
        error.ShouldBeEmpty();
        output.Count(c => c == '\n').ShouldBe(1);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("ok").GetBoolean().ShouldBeTrue();
        root.GetProperty("command").GetString().ShouldBe("compare");
        root.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        var results = root.GetProperty("results").EnumerateArray().ToList();
        results.ShouldNotBeEmpty();
        foreach (var result in results)
        {
            result.GetProperty("model").GetString().ShouldBeOneOf("muse-spark", "gpt-5.4");
            result.GetProperty("benchmark").GetString().ShouldNotBeNullOrWhiteSpace();
            result.GetProperty("setting").GetString().ShouldNotBeNullOrWhiteSpace();
            result.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Number);
            result.GetProperty("unit").GetString().ShouldNotBeNullOrWhiteSpace();
            result.GetProperty("source").GetString().ShouldNotBeNullOrWhiteSpace();
        }

        results.Select(result => result.GetProperty("model").GetString()).Distinct().Count().ShouldBe(2);
    }

    [Theory]
    [InlineData(Leaderboard, "ARC-AGI-2")]
    [InlineData("which model leads arc-agi-2?", "ARC-AGI-2")]
    [InlineData("/model muse-spark", "Muse Spark")]
    [InlineData("/help", "/compare")]
    public async Task Ask_TextFormat_ExitsZeroWithRenderedAnswer(string request, string expected)
    {
        var (exitCode, output, error) = await CliRun.RunAsync("ask", request);

        exitCode.ShouldBe(ExitCodes.Success);
        error.ShouldBeEmpty();
        output.ShouldContain(expected);
        output.ShouldEndWith("\n");
        output.ShouldNotContain("\u001b[");
    }

    [Theory]
    [InlineData(UnknownModel)]
    [InlineData("/compare")]
    [InlineData("/benchmark no-such-benchmark")]
    public async Task Ask_Unanswerable_ExitsTwoWithReasonOnStandardErrorOnly(string request)
    {
        var (exitCode, output, error) = await CliRun.RunAsync("ask", request);

        exitCode.ShouldBe(ExitCodes.Unanswerable);
        output.ShouldBeEmpty();
        error.ShouldStartWith("error: ");
    }

    [Fact]
    public async Task Ask_UnknownModel_SuggestsTheClosestModel()
    {
        var (_, _, error) = await CliRun.RunAsync("ask", UnknownModel);

        error.ShouldContain("suggestions:");
        error.ShouldContain("gpt-5");
    }

    [Fact]
    public async Task Ask_UnanswerableAsJson_WritesFailedAnswerAndExitsTwo()
    {
        var (exitCode, output, error) = await CliRun.RunAsync("ask", UnknownModel, "--format", "json");

        exitCode.ShouldBe(ExitCodes.Unanswerable);
        error.ShouldStartWith("error: ");
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("ok").GetBoolean().ShouldBeFalse();
        json.RootElement.GetProperty("error").GetString().ShouldNotBeNullOrWhiteSpace();
        json.RootElement.GetProperty("suggestions").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("json", "results")]
    [InlineData("discord", "embeds")]
    [InlineData("slack", "blocks")]
    public async Task AskStdin_JsonFormats_WritesOneParseableLinePerRequest(string format, string property)
    {
        var input = $"{Compare}\n\n{UnknownModel}\n{Leaderboard}\n";

        var (exitCode, output, error) = await CliRun.RunWithInputAsync(input, "ask", "-", "--format", format);

        exitCode.ShouldBe(ExitCodes.Unanswerable);
        var lines = output.Split('\n');
        lines.Length.ShouldBe(4);
        lines[^1].ShouldBeEmpty();
        foreach (var line in lines[..^1])
        {
            using var json = JsonDocument.Parse(line);
            json.RootElement.ValueKind.ShouldBe(JsonValueKind.Object);
        }

        using (var first = JsonDocument.Parse(lines[0]))
        {
            first.RootElement.TryGetProperty(property, out _).ShouldBeTrue();
        }

        error.ShouldStartWith("line 3: error: ");
    }

    [Fact]
    public async Task AskStdin_AllAnswered_ExitsZero()
    {
        var (exitCode, output, error) = await CliRun.RunWithInputAsync($"{Compare}\n{Leaderboard}\n", "ask", "-", "--format", "json");

        exitCode.ShouldBe(ExitCodes.Success);
        error.ShouldBeEmpty();
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2);
    }

    [Fact]
    public async Task AskStdin_Text_SeparatesAnswersByABlankLine()
    {
        var (_, compare, _) = await CliRun.RunAsync("ask", Compare);
        var (_, leaderboard, _) = await CliRun.RunAsync("ask", Leaderboard);

        var (exitCode, output, _) = await CliRun.RunWithInputAsync($"{Compare}\n{Leaderboard}\n", "ask", "-");

        exitCode.ShouldBe(ExitCodes.Success);
        output.ShouldBe(compare + "\n" + leaderboard);
    }

    [Theory]
    [InlineData("ask")]
    [InlineData("ask", "/help", "--format", "xml")]
    [InlineData("no-such-command")]
    public async Task Ask_BadUsage_ExitsOne(params string[] args)
    {
        var (exitCode, _, error) = await CliRun.RunAsync(args);

        exitCode.ShouldBe(ExitCodes.Failure);
        error.ShouldNotBeEmpty();
    }
}
