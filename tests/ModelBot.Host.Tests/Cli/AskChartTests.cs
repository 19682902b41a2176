using System.Text.Json;
using ModelBot.Host.Cli;
using ModelBot.Host.Tests.Support;

namespace ModelBot.Host.Tests.Cli;

/// <summary><c>modelbot ask --chart</c> and the platform formats as a user or script sees them: the file written, the payload with its buttons and attachment.</summary>
public sealed class AskChartTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("modelbot-charts-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Ask_Leaderboard_WithChart_WritesAPng()
    {
        var path = Path.Combine(_directory, "arc.png");

        var (exitCode, output, error) = await CliRun.RunAsync("ask", "/benchmark arc-agi-2", "--chart", path);

        exitCode.ShouldBe(ExitCodes.Success, error);
        output.ShouldStartWith("ARC-AGI-2 leaderboard");
        var png = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
        png[..8].ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        png.Length.ShouldBeGreaterThan(10_000);
    }

    [Fact]
    public async Task AskStdin_WithChart_WritesOneFilePerLineThatHasOne()
    {
        var path = Path.Combine(_directory, "board.png");

        var (exitCode, _, error) = await CliRun.RunWithInputAsync("/benchmark arc-agi-2\n/help\n/compare muse-spark gpt-5.4\n", "ask", "-", "--chart", path);

        exitCode.ShouldBe(ExitCodes.Success, error);
        File.Exists(Path.Combine(_directory, "board-1.png")).ShouldBeTrue();
        File.Exists(Path.Combine(_directory, "board-2.png")).ShouldBeFalse();
        File.Exists(Path.Combine(_directory, "board-3.png")).ShouldBeTrue();
        error.ShouldContain("no chart written for line 2: the answer has no figures to draw");
    }

    [Fact]
    public async Task Ask_ChartIntoAMissingDirectory_SaysWhyAndExitsOne()
    {
        var path = Path.Combine(_directory, "missing", "arc.png");

        var (exitCode, output, error) = await CliRun.RunAsync("ask", "/benchmark arc-agi-2", "--chart", path);

        exitCode.ShouldBe(ExitCodes.Failure);
        output.ShouldStartWith("ARC-AGI-2 leaderboard", customMessage: "the text answer is written whatever happens to the chart");
        error.ShouldStartWith("error: the chart could not be written to ");
    }

    [Fact]
    public async Task Ask_DiscordFormat_IsTheMessageWithButtonsAndTheChartAttachment()
    {
        var (exitCode, output, _) = await CliRun.RunAsync("ask", "/compare muse-spark gpt-5.4", "--format", "discord");

        exitCode.ShouldBe(ExitCodes.Success);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString().ShouldBe("attachment://chart.png");
        var attachment = root.GetProperty("attachments")[0];
        attachment.GetProperty("filename").GetString().ShouldBe("chart.png");
        attachment.GetProperty("description").GetString()!.ShouldStartWith("Bar chart: Muse Spark vs GPT-5.4.");
        var buttons = root.GetProperty("components")[0].GetProperty("components");
        buttons.EnumerateArray().Select(b => b.GetProperty("label").GetString()).ShouldContain("Sources");
        root.GetProperty("embeds")[0].GetProperty("fields").EnumerateArray().ShouldContain(f => f.GetProperty("name").GetString() == "ARC-AGI-2");
    }

    [Fact]
    public async Task Ask_SlackFormat_IsTheMessageWithResponseTypeTableAndButtons()
    {
        var (exitCode, output, _) = await CliRun.RunAsync("ask", "/benchmark arc-agi-2", "--format", "slack");

        exitCode.ShouldBe(ExitCodes.Success);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("response_type").GetString().ShouldBe("in_channel");
        var blocks = root.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("type").GetString()).ToList();
        blocks.ShouldContain("table");
        blocks[^1].ShouldBe("actions");
    }
}
