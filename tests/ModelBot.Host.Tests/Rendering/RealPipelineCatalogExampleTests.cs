using ModelBot.Commands.Catalog;

namespace ModelBot.Host.Tests.Rendering;

/// <summary>Every example /help shows is a request that works on the real data/.</summary>
public class RealPipelineCatalogExampleTests(RealPipeline pipeline) : IClassFixture<RealPipeline>
{
    public static TheoryData<string> Examples => [.. BuiltInCommands.All.SelectMany(c => c.Examples)];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Ask_CatalogExample_IsAnswered(string example)
    {
        var answer = await pipeline.AskAsync(example);

        answer.Ok.ShouldBeTrue(answer.Error);
    }

    [Theory]
    [InlineData("best model for medical questions")]
    [InlineData("which is better at coding, muse spark or gpt-5.4?")]
    [InlineData("what benchmarks does Muse Spark lead?")]
    public async Task Help_Overview_ListsTopicQuestions(string question)
    {
        var answer = await pipeline.AskAsync("/help");

        answer.Facts.ShouldContain(f => f.Value.Contains(question, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_Compare_ShowsACompareOnATopic()
    {
        var answer = await pipeline.AskAsync("/help compare");

        answer.Facts.ShouldContain(f => f.Value.Contains("/compare muse-spark gpt-5.4 on coding", StringComparison.Ordinal));
    }
}
