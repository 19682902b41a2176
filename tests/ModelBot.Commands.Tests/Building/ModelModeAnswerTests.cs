using ModelBot.Commands.Tests.Support;

namespace ModelBot.Commands.Tests.Building;

/// <summary>
/// Figures measured in a model's own mode are answered where the article puts them, beside the other models, named
/// "Model (Mode)": never "leads …, the only figure" in a section of their own.
/// </summary>
public class ModelModeAnswerTests
{
    [Fact]
    public void WhoLeadsHleWithTools_MuseSparkContemplatingIsFourthOfFour()
    {
        var answer = Routers.Real.Ask("which model leads HLE with tools?");

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Summary.ShouldStartWith("**Claude Opus 4.6** leads with 53.1%");
        answer.Tables.ShouldHaveSingleItem().Rows.Select(r => (r.Cells[0].Text, r.Cells[1].Text, r.Cells[2].Text)).ShouldBe(
        [
            ("1", "Claude Opus 4.6", "53.1%"),
            ("2", "GPT-5.4", "52.1%"),
            ("3", "Gemini 3.1 Pro", "51.4%"),
            ("4", "Muse Spark (Contemplating)", "50.4%"),
        ]);
    }

    [Fact]
    public void AgenticScore_AdaptiveClaudeRanksInTheSameColumnAsTheOthers()
    {
        var answer = Routers.Real.Ask("/benchmark agentic-score");

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Summary.ShouldNotBeNull().ShouldNotContain("the only figure");
        answer.Tables.ShouldHaveSingleItem().Rows.Select(r => r.Cells[1].Text)
            .ShouldBe(["GPT-5.5", "Gemini 3 Pro Deep Think", "Claude Opus 4.7 (Adaptive)"]);
    }

    [Fact]
    public void HleInContemplatingMode_ShowsEverySectionWithAContemplatingFigure()
    {
        var answer = Routers.Real.Ask("which model leads HLE in contemplating mode?");

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Title.ShouldBe("Humanity's Last Exam leaderboard (Contemplating)");
        answer.Tables.Select(t => t.Caption).ShouldBe(["Humanity's Last Exam (no tools)", "Humanity's Last Exam (with tools)"]);
        answer.Tables.ShouldAllBe(t => t.Rows.Any(r => r.Cells[1].Text == "Muse Spark (Contemplating)"));
    }

    [Fact]
    public void HowDoesMuseSparkDoOnHle_NamesTheModeOfEachPlace()
    {
        var answer = Routers.Real.Ask("how does muse spark do on hle?");

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Summary.ShouldNotBeNull().ShouldStartWith(
            "**Muse Spark** ranks 1st of 6 with 50.2% (no tools, Contemplating); 5th of 6 with 42.8% (no tools); 4th of 4 with 50.4% (with tools, Contemplating);");
    }
}
