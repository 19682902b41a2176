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

    [Fact]
    public void Question_AskingWhoLeads_IsAPlainLeaderboard()
    {
        var answer = Routers.Real.Ask("does muse spark lead arc-agi-2?");

        answer.Summary.ShouldStartWith("**Gemini 3.1 Pro** leads");
    }
}
