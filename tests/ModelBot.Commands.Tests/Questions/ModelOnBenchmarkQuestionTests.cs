using ModelBot.Commands.Tests.Support;

namespace ModelBot.Commands.Tests.Questions;

/// <summary>"how does X do on B?": the leaderboard, opening with where X stands (or that it has no figure).</summary>
public class ModelOnBenchmarkQuestionTests
{
    [Fact]
    public void Question_ModelWithAFigure_OpensWithItsRank()
    {
        var answer = Routers.Real.Ask("how does muse spark do on arc-agi-2?");

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Title.ShouldBe("ARC-AGI-2 leaderboard");
        answer.Summary.ShouldStartWith("**Muse Spark** ranks 4th of 4 with 42.5%, 34.0 points behind **Gemini 3.1 Pro**. ");
    }

    [Fact]
    public void Question_ModelWithoutAFigure_SaysSoFirst()
    {
        var answer = Routers.Real.Ask("how does gemma 4 do on arc agi 2");

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Summary.ShouldStartWith("The dataset has no ARC-AGI-2 figure for **Gemma 4 31B**. ");
    }

    [Theory]
    [InlineData("how does grok 4 do on hle?", "No model matches 'grok 4'.", "grok-4.2")]
    [InlineData("what is gpt-9's score on hle?", "No model matches 'gpt-9'.", "gpt-5.4")]
    [InlineData("how does claude 5 do on swe-bench verified?", "No model matches 'claude 5'.", "claude-opus-4.6")]
    public void Question_UnknownVersionOfAKnownFamily_FailsNamingItInsteadOfALeaderboardWithoutIt(string question, string error, string suggestion)
    {
        var answer = Routers.Real.Ask(question);

        answer.Ok.ShouldBeFalse();
        answer.Error.ShouldNotBeNull().ShouldStartWith(error);
        answer.Suggestions.ShouldContain(suggestion);
    }

    [Theory]
    [InlineData("top 3 models on hle")]
    [InlineData("who leads hle in 2026?")]
    [InlineData("who leads aime 2026?")]
    public void Question_NumbersThatAreNoModel_StillGetTheLeaderboard(string question)
    {
        var answer = Routers.Real.Ask(question);

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Command.ShouldBe("benchmark");
    }

    [Fact]
    public void Question_ModelThatLeads_SaysSoOnceNotAsARankAndAgainAsTheLeader()
    {
        var answer = Routers.Real.Ask("what is muse spark's score on charxiv?");

        answer.Summary.ShouldBe("**Muse Spark** leads with 86.4%, 3.6 points ahead of **GPT-5.4** (82.8%).");
    }

    [Fact]
    public void Question_ModelRankedInTwoModes_NamesTheModeOfEachPlace()
    {
        var answer = Routers.Real.Ask("how does muse spark do on hle without tools?");

        answer.Summary.ShouldStartWith("**Muse Spark** ranks 3rd of 4 with 42.8%, 2.6 points behind **Gemini 3.1 Pro**; has a Contemplating-mode run of 50.2% (no tools), ranked apart from standard runs; above every standard run (no tools). ");
    }

    [Fact]
    public void Question_BenchmarkWithAFigureWhoseSourceNamesNoSetting_SaysSettingNotStatedBesideTheOthers()
    {
        var answer = Routers.Real.Ask("how does muse spark do on hle?");

        answer.Summary.ShouldNotBeNull().ShouldContain("3rd of 3 with 39.9% (setting not stated)");
        answer.Summary!.ShouldContain(" Setting not stated: **Gemini 3.1 Pro** leads with 44.7%");
        answer.Tables.Select(t => t.Caption).ShouldContain("Humanity's Last Exam (setting not stated)");
    }

    [Fact]
    public void Question_BenchmarkWithOnlyTheDefaultSetting_KeepsItsPlainName()
    {
        Routers.Real.Ask("/benchmark arc-agi-2").Tables.ShouldHaveSingleItem().Caption.ShouldBe("ARC-AGI-2");
    }

    [Theory]
    [InlineData("does muse spark lead arc-agi-2?")]
    [InlineData("where does muse spark rank on arc-agi-2?")]
    public void Question_AskingWhetherAModelLeads_SaysWhereItStandsThenWhoLeads(string question)
    {
        var answer = Routers.Real.Ask(question);

        answer.Summary.ShouldBe("**Muse Spark** ranks 4th of 4 with 42.5%, 34.0 points behind **Gemini 3.1 Pro**. **Gemini 3.1 Pro** leads with 76.5%, 0.4 points ahead of **GPT-5.4** (76.1%).");
    }

    [Fact]
    public void Question_AskingWhoLeadsWithoutAModel_IsAPlainLeaderboard()
    {
        var answer = Routers.Real.Ask("who leads arc-agi-2?");

        answer.Summary.ShouldStartWith("**Gemini 3.1 Pro** leads");
    }
}

/// <summary>A benchmark named by its family ("swe-bench", "terminal bench") where the dataset holds one member of it.</summary>
public class BenchmarkFamilyNameQuestionTests
{
    [Theory]
    [InlineData("which model leads swe-bench?", "SWE-Bench Verified leaderboard")]
    [InlineData("which model leads terminal bench?", "Terminal-Bench 2.0 leaderboard")]
    [InlineData("which model leads terminal-bench?", "Terminal-Bench 2.0 leaderboard")]
    [InlineData("which model leads healthbench?", "HealthBench Hard leaderboard")]
    [InlineData("who leads gpqa?", "GPQA Diamond leaderboard")]
    [InlineData("who leads aime?", "AIME 2026 leaderboard")]
    [InlineData("who leads tau2-bench?", "τ²-Bench Telecom leaderboard")]
    [InlineData("who leads medxpertqa?", "MedXpertQA Multimodal leaderboard")]
    public void Question_FamilyName_IsThatBenchmarksLeaderboard(string question, string title)
    {
        var answer = Routers.Real.Ask(question);

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Title.ShouldBe(title);
    }

    [Fact]
    public void Question_ModelOnAFamilyName_OpensWithItsRankNotItsProfile()
    {
        var answer = Routers.Real.Ask("how does muse spark do on swe-bench?");

        answer.Title.ShouldBe("SWE-Bench Verified leaderboard");
        answer.Summary.ShouldStartWith("**Muse Spark** ranks 3rd of 4 with 77.4%, 3.4 points behind **Claude Opus 4.6**. ");
    }

    [Fact]
    public void Question_FamilyWithTwoMembers_AsksWhichOne()
    {
        var answer = Routers.Real.Ask("who leads livecodebench?");

        answer.Ok.ShouldBeFalse();
        answer.Suggestions.Take(2).ShouldBe(["livecodebench-pro", "livecodebench-v6"], ignoreOrder: true);
    }
}
