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
        answer.Summary.ShouldStartWith("**Muse Spark** ranks 4th of 4 with 42.5%. ");
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
    public void Question_AskingWhoLeads_IsAPlainLeaderboard()
    {
        var answer = Routers.Real.Ask("does muse spark lead arc-agi-2?");

        answer.Summary.ShouldStartWith("**Gemini 3.1 Pro** leads");
    }
}
