using ModelBot.Commands.Tests.Support;

namespace ModelBot.Commands.Tests.Building;

/// <summary>
/// Like with like: figures measured in a special mode (Contemplating, Deep Think, Adaptive) rank in their own section,
/// named as such, and never lead a headline over standard runs; a run two articles label differently is flagged.
/// </summary>
public class ModelModeAnswerTests
{
    [Fact]
    public void WhoLeadsHle_StandardRunsLeadAndTheContemplatingRunsRankApart()
    {
        var answer = Routers.Real.Ask("which model leads HLE?");

        answer.Summary.ShouldNotBeNull();
        answer.Summary.ShouldStartWith("No tools: **Gemini 3.1 Pro** leads with 45.4%");
        answer.Summary.ShouldContain("With tools: **Claude Opus 4.6** leads with 53.1%");
        answer.Summary.ShouldContain("Special-mode runs, ranked apart: no tools — **Muse Spark (Contemplating)** 50.2%");
        answer.Summary.ShouldNotContain("Muse Spark (Contemplating)** leads");
    }

    [Fact]
    public void HleWithTools_TheContemplatingRunIsItsOwnTable()
    {
        var answer = Routers.Real.Ask("/benchmark hle with tools");

        answer.Tables.Select(t => t.Caption).ShouldBe(["Humanity's Last Exam (with tools)", "Humanity's Last Exam (with tools, special modes)"]);
        answer.Tables[0].Rows.Select(r => r.Cells[1].Text).ShouldBe(["Claude Opus 4.6", "GPT-5.4", "Gemini 3.1 Pro"]);
        answer.Tables[1].Rows.Select(r => r.Cells[1].Text).ShouldBe(["Muse Spark (Contemplating)"]);
    }

    [Fact]
    public void AgenticScore_DeepThinkAndAdaptiveRunsRankApart()
    {
        var answer = Routers.Real.Ask("/benchmark agentic-score");

        answer.Summary.ShouldNotBeNull();
        answer.Summary.ShouldStartWith("**GPT-5.5** leads with 98.2 points, the only standard run.");
        answer.Tables[1].Rows.Select(r => r.Cells[1].Text).ShouldBe(["Gemini 3 Pro Deep Think", "Claude Opus 4.7 (Adaptive)"]);
    }

    [Fact]
    public void Hle_ContemplatingRunsLabelledInTwoSettings_AreFlaggedAsAPossibleConflict()
    {
        var answer = Routers.Real.Ask("/benchmark hle");

        answer.Notes.ShouldContain(n => n.StartsWith("Possible conflict: Humanity's Last Exam, Muse Spark (Contemplating): 50.2% labelled 'no tools'") && n.Contains("50.4% labelled 'with tools'"));
    }

    [Fact]
    public void HowDoesMuseSparkDoOnHle_SaysItsContemplatingRunIsNoPlaceAmongStandardRuns()
    {
        var answer = Routers.Real.Ask("how did muse spark do on HLE with tools?");

        answer.Summary.ShouldNotBeNull();
        answer.Summary.ShouldStartWith("**Muse Spark** has a Contemplating-mode run of 50.4% (with tools), ranked apart from standard runs; all 3 standard runs (with tools) score higher.");
    }

    [Fact]
    public void WhatDoesGeminiLead_CountsNoSpecialModeRun()
    {
        var answer = Routers.Real.Ask("what benchmarks does Gemini 3.1 Pro lead?");

        answer.Summary.ShouldNotBeNull();
        answer.Summary.ShouldContain("Humanity's Last Exam (no tools) 45.4%");
    }

    [Fact]
    public void ExplainContemplating_SaysWhatItDoesWithItsRuns()
    {
        var answer = Routers.Real.Ask("what does contemplating mode actually do?");

        answer.Ok.ShouldBeTrue(answer.Error);
        answer.Summary.ShouldNotBeNull();
        answer.Summary.ShouldContain("sub-agents");
        answer.Results.Select(r => r.Value).ShouldBe([50.2, 50.4], ignoreOrder: true);
    }
}
