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
    public void Compare_OnABenchmarkNeitherModelHas_SaysNeitherHasOneAndPointsToTheLeaderboard()
    {
        var answer = Routers.Real.Ask("/compare gemma-4 llama-4 on arc-agi-2");

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Summary.ShouldBe("Neither **Gemma 4 31B** nor **Llama 4** has a figure on ARC-AGI-2. See /benchmark arc-agi-2 for the whole leaderboard.");
        answer.Tables.ShouldBeEmpty();
    }

    [Fact]
    public void Compare_OnABenchmarkNoneOfThreeModelsHas_SaysNoneOfThem()
    {
        var answer = Routers.Real.Ask("/compare gemma-4 llama-4 grok-4.2 on hle");

        answer.Summary.ShouldBe("None of **Gemma 4 31B**, **Llama 4** or **Grok 4.2** has a figure on Humanity's Last Exam. See /benchmark hle for the whole leaderboard.");
    }

    [Fact]
    public void Compare_OnABenchmarkOnlyOneModelHas_GivesItsFigureAndSaysTheOtherHasNone()
    {
        var answer = Routers.Real.Ask("/compare muse-spark grok-4.2 on arc-agi-2");

        answer.Summary.ShouldBe("Only **Muse Spark** has a figure on ARC-AGI-2: 42.5%; **Grok 4.2** has none. See /benchmark arc-agi-2 for the whole leaderboard.");
        answer.Summary!.ShouldNotContain("share no benchmark");
        answer.Tables.ShouldHaveSingleItem().Rows.ShouldHaveSingleItem();
    }

    [Fact]
    public void Compare_OnABenchmarkOnlyOneModelHasInSeveralSettings_GivesEachSetting()
    {
        var answer = Routers.Real.Ask("/compare muse-spark llama-4 on hle");

        answer.Summary.ShouldNotBeNull().ShouldStartWith("Only **Muse Spark** has figures on Humanity's Last Exam: 42.8% (no tools), 50.4% (with tools, Contemplating), 39.9% (setting not stated)");
        answer.Summary.ShouldEndWith("; **Llama 4** has none. See /benchmark hle for the whole leaderboard.");
    }

    [Fact]
    public void Compare_ThreeModelsOnABenchmarkTwoHave_ShowsThoseTwoSideBySideAndNamesTheThird()
    {
        var answer = Routers.Real.Ask("/compare gemini 3.1 pro vs gpt 5.4 vs opus 4.6 on swe-bench");

        answer.Summary.ShouldBe("Only **Gemini 3.1 Pro** and **Claude Opus 4.6** have figures on SWE-Bench Verified; **GPT-5.4** has none. SWE-Bench Verified: **Claude Opus 4.6** 80.8%, **Gemini 3.1 Pro** 80.6%. See /benchmark swe-bench-verified for the whole leaderboard.");
        answer.Tables.ShouldHaveSingleItem().Rows.ShouldHaveSingleItem().Cells.Count(c => c.IsLeader).ShouldBe(1);
    }

    [Fact]
    public void Compare_OnATopicNeitherModelHas_SaysSoAndPointsToTheTopicLeaders()
    {
        var answer = Routers.Real.Ask("/compare gemma-4 llama-4 on medical");

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Summary.ShouldBe("Neither **Gemma 4 31B** nor **Llama 4** has a figure on the Health benchmarks. Ask “best model for Health” for who leads them.");
    }

    [Theory]
    [InlineData("/compare muse-spark llama-4 on medical")]
    [InlineData("which is better at medical questions, muse spark or llama 4?")]
    public void Compare_OnATopicOnlyOneModelHas_GivesItsFiguresPerBenchmark(string text)
    {
        var answer = Routers.Real.Ask(text);

        answer.Summary.ShouldBe("Only **Muse Spark** has figures on the Health benchmarks: 42.8% on HealthBench Hard, 78.4% on MedXpertQA Multimodal; **Llama 4** has none. Ask “best model for Health” for who leads them.");
    }

    [Fact]
    public void Compare_OnATopicBothHaveButOnDifferentBenchmarks_SaysNothingIsSideBySide()
    {
        var answer = Routers.Real.Ask("which is better at coding, muse spark or llama 4?");

        answer.Summary.ShouldBe("**Muse Spark** and **Llama 4** have figures on the coding benchmarks, but not on the same benchmark and setting, so nothing is side by side; the figures are listed below. Ask “best model for coding” for who leads them.");
        answer.Tables.ShouldHaveSingleItem().Caption.ShouldBe("Benchmarks only some models have");
    }

    [Fact]
    public void Compare_UnfilteredThreeModels_TwoSharingButNotAllThree_SaysNoneHasAFigureForAll()
    {
        var answer = Routers.Real.Ask("gemma 4 vs llama 4 vs deepseek v4");

        answer.Summary.ShouldBe("No benchmark has a figure for all 3 models; the figures each has are listed below.");
    }

    [Fact]
    public void Compare_Unfiltered_WithNoSharedBenchmark_StillSaysTheyShareNone()
    {
        var answer = Routers.Real.Ask("/compare muse-spark flux.2-pro");

        answer.Summary.ShouldBe("They share no benchmark; the figures each has are listed below.");
    }
}
