using ModelBot.Discord.Rendering;
using ModelBot.Host.Rendering;
using ModelBot.Rendering.Tests;
using ModelBot.Slack.Rendering;

namespace ModelBot.Host.Tests.Rendering;

/// <summary>Golden files of real answers from data/, in every format a user sees. Rewrite with MODELBOT_UPDATE_GOLDEN=1 after a data change and review.</summary>
public class RealPipelineGoldenTests(RealPipeline pipeline) : IClassFixture<RealPipeline>
{
    public static TheoryData<string, string> Requests => new()
    {
        { "compare", "/compare muse-spark gpt-5.4" },
        { "benchmark", "/benchmark arc-agi-2" },
        { "model", "/model muse-spark" },
        { "topic-leaders", "best model for medical questions" },
        { "topic-compare", "which is better at coding, muse spark or gpt-5.4?" },
        { "model-leads", "what benchmarks does muse spark lead?" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task ConsoleText_RealAnswer_MatchesGoldenFile(string name, string request)
    {
        var answer = await pipeline.AskAsync(request);

        answer.Ok.ShouldBeTrue(answer.Error);
        GoldenFile.Verify("ModelBot.Host.Tests", $"real-{name}.txt", ConsoleTextRenderer.Render(answer));
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task DiscordMessage_RealAnswer_MatchesGoldenFile(string name, string request)
    {
        var answer = await pipeline.AskAsync(request);

        answer.Ok.ShouldBeTrue(answer.Error);
        GoldenFile.Verify("ModelBot.Host.Tests", $"real-{name}.discord.json", DiscordGolden.Json(DiscordMessageRenderer.Render(answer)));
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task SlackMessage_RealAnswer_MatchesGoldenFile(string name, string request)
    {
        var answer = await pipeline.AskAsync(request);

        answer.Ok.ShouldBeTrue(answer.Error);
        GoldenFile.Verify("ModelBot.Host.Tests", $"real-{name}.slack.json", SlackGolden.Json(SlackMessageRenderer.Render(answer)));
    }

    [Fact]
    public async Task AllFormats_UnknownModel_MatchGoldenFiles()
    {
        var answer = await pipeline.AskAsync("/model gtp 5.4");

        answer.Ok.ShouldBeFalse();
        GoldenFile.Verify("ModelBot.Host.Tests", "real-error.txt", ConsoleTextRenderer.Render(answer));
        GoldenFile.Verify("ModelBot.Host.Tests", "real-error.discord.json", DiscordGolden.Json(DiscordMessageRenderer.Render(answer)));
        GoldenFile.Verify("ModelBot.Host.Tests", "real-error.slack.json", SlackGolden.Json(SlackMessageRenderer.Render(answer)));
    }
}
