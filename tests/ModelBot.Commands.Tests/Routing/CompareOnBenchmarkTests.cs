using ModelBot.Commands.Parsing;
using ModelBot.Commands.Tests.Support;

namespace ModelBot.Commands.Tests.Routing;

/// <summary>"/compare a b on hle" and "how do a and b compare on hle?": a comparison limited to one benchmark.</summary>
public class CompareOnBenchmarkTests
{
    [Theory]
    [InlineData("opus 4.6 and gemini 3.1 pro on healthbench hard", "opus 4.6 and gemini 3.1 pro", "healthbench hard")]
    [InlineData("muse-spark gpt-5.4 on \"arc-agi-2\"?", "muse-spark gpt-5.4", "arc-agi-2")]
    [InlineData("muse-spark gpt-5.4 on hle with tools", "muse-spark gpt-5.4", "hle")]
    [InlineData("muse-spark gpt-5.4", "muse-spark gpt-5.4", null)]
    [InlineData("\"model on stilts\" gpt-5.4", "\"model on stilts\" gpt-5.4", null)]
    public void SplitBenchmarkFilter_ReadsTheTextAfterTheLastOn(string text, string models, string? benchmark)
    {
        RequestParser.SplitBenchmarkFilter(text).ShouldBe((models, benchmark));
    }

    [Theory]
    [InlineData("/compare opus 4.6 and gemini 3.1 pro on healthbench hard")]
    [InlineData("compare opus 4.6 and gemini 3.1 pro on healthbench hard")]
    [InlineData("how do opus 4.6 and gemini 3.1 pro compare on healthbench hard?")]
    public void Compare_OnOneBenchmark_ShowsOnlyThatBenchmark(string text)
    {
        var answer = Routers.Real.Ask(text);

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Title.ShouldBe("Claude Opus 4.6 vs Gemini 3.1 Pro on HealthBench Hard");
        answer.Results.ShouldNotBeEmpty();
        answer.Results.ShouldAllBe(r => r.Benchmark == "healthbench-hard");
        answer.Tables.SelectMany(t => t.Rows).ShouldAllBe(r => r.Cells[0].Text.StartsWith("HealthBench Hard", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_OnAnUnknownBenchmark_SaysSoAndSuggests()
    {
        var answer = Routers.Real.Ask("/compare muse-spark gpt-5.4 on arc-agi2x");

        answer.Ok.ShouldBeFalse();
        answer.Error.ShouldNotBeNull().ShouldContain("No benchmark matches 'arc-agi2x'");
        answer.Suggestions.ShouldContain("arc-agi-2");
    }

    [Fact]
    public void Compare_OnABenchmarkNeitherModelHas_SaysSoInsteadOfAnEmptyTable()
    {
        var answer = Routers.Real.Ask("/compare gemma-4 llama-4 on arc-agi-2");

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Summary.ShouldBe("The dataset has no ARC-AGI-2 figure for these models.");
        answer.Tables.ShouldBeEmpty();
    }
}
