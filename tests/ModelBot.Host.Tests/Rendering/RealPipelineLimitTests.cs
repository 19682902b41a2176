using CsCheck;
using ModelBot.Commands.Answers;
using ModelBot.Discord.Rendering;
using ModelBot.Rendering.Tests;
using ModelBot.Slack.Rendering;

namespace ModelBot.Host.Tests.Rendering;

/// <summary>
/// Every reply the real dataset can produce stays within Discord's and Slack's limits: every model, every benchmark
/// in every setting, every pair of models, larger comparisons, questions and help, on every page.
/// </summary>
public class RealPipelineLimitTests(RealPipeline pipeline) : IClassFixture<RealPipeline>
{
    [Fact]
    public async Task Render_EveryModelProfile_StaysWithinLimits() =>
        await AssertWithinLimits(pipeline.Dataset.Models.Select(m => "/model " + m.Id));

    [Fact]
    public async Task Render_EveryBenchmarkInEverySetting_StaysWithinLimits()
    {
        var requests = new List<string>();
        foreach (var benchmark in pipeline.Dataset.Benchmarks)
        {
            requests.Add("/benchmark " + benchmark.Id);
            var settings = pipeline.Dataset.ResultsByBenchmark.GetValueOrDefault(benchmark.Id, []).Select(r => r.Setting).Distinct();
            requests.AddRange(settings.Select(setting => $"/benchmark {benchmark.Id} {setting}"));
        }
        await AssertWithinLimits(requests);
    }

    [Fact]
    public async Task Render_EveryPairOfModels_StaysWithinLimits()
    {
        var ids = pipeline.Dataset.Models.Select(m => m.Id).ToArray();
        var pairs = new List<string>();
        for (var i = 0; i < ids.Length; i++)
        {
            for (var j = i + 1; j < ids.Length; j++)
            {
                pairs.Add($"/compare {ids[i]} {ids[j]}");
            }
        }
        await AssertWithinLimits(pairs);
    }

    [Fact]
    public async Task Render_QuestionsHelpAndErrors_StayWithinLimits() =>
        await AssertWithinLimits(
        [
            "/help", "/help compare", "which model leads arc-agi-2?", "is Muse Spark open source?",
            "how does Gemma 4 compare to Llama 4?", "what is Muse Spark's context window?", "best model for medical questions",
            "which is better at coding, muse spark or gpt-5.4?", "what benchmarks does muse spark lead?", "/model gtp 5.4", "/compare", "/benchmark nothing-like-this",
        ]);

    [Fact]
    public async Task Render_TopicQuestions_StayWithinLimits()
    {
        string[] topics = ["medical", "coding", "vision", "reasoning", "math", "science", "agentic", "overall"];
        var requests = new List<string>();
        requests.AddRange(topics.Select(topic => $"which model is best at {topic}?"));
        requests.AddRange(pipeline.Dataset.Models.Select(m => $"what benchmarks does {m.Id} lead?"));
        requests.AddRange(topics.Select(topic => $"is muse-spark the best at {topic}?"));
        requests.AddRange(topics.Select(topic => $"which is better at {topic}, muse-spark or gpt-5.4?"));
        requests.AddRange(topics.Select(topic => $"best open model for {topic}"));
        requests.AddRange(topics.Select(topic => $"/compare gemma-4 llama-4 deepseek-v4-pro on {topic}"));
        requests.Add("which is better at coding: " + string.Join(", ", pipeline.Dataset.Models.Take(10).Select(m => m.Id)) + "?");
        await AssertWithinLimits(requests);
        foreach (var request in requests)
        {
            var answer = await pipeline.AskAsync(request);
            answer.Ok.ShouldBeTrue($"{request}: {answer.Error}");
        }
    }

    [Fact]
    public void Render_AnyGroupOfModels_StaysWithinLimits()
    {
        var ids = pipeline.Dataset.Models.Select(m => m.Id).ToArray();
        Gen.Int[0, ids.Length - 1].ArrayUnique[2, Math.Min(10, ids.Length)].Sample(picks =>
        {
            var request = "/compare " + string.Join(' ', picks.Select(i => ids[i]));
            var answer = pipeline.AskAsync(request).AsTask().GetAwaiter().GetResult();
            Violations(request, answer).ShouldBeEmpty();
        }, iter: 60);
    }

    private async Task AssertWithinLimits(IEnumerable<string> requests)
    {
        var problems = new List<string>();
        var count = 0;
        foreach (var request in requests)
        {
            problems.AddRange(Violations(request, await pipeline.AskAsync(request)));
            count++;
        }
        count.ShouldBeGreaterThan(0);
        problems.ShouldBeEmpty();
    }

    private static IEnumerable<string> Violations(string request, Answer answer)
    {
        for (var page = 0; page < DiscordMessageRenderer.PageCount(answer); page++)
        {
            foreach (var problem in DiscordLimitChecker.Violations(DiscordMessageRenderer.Render(answer, page)))
            {
                yield return $"{request} (Discord page {page}): {problem}";
            }
        }
        for (var page = 0; page < SlackMessageRenderer.PageCount(answer); page++)
        {
            foreach (var problem in SlackLimitChecker.Violations(SlackMessageRenderer.Render(answer, page), SlackLimits.Blocks - SlackMessageRenderer.ReservedBlocks))
            {
                yield return $"{request} (Slack page {page}): {problem}";
            }
        }
    }
}
