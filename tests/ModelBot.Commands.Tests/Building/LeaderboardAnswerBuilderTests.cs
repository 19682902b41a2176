using ModelBot.Commands.Tests.Support;

namespace ModelBot.Commands.Tests.Building;

public class LeaderboardAnswerBuilderTests
{
    private static readonly ModelBot.Commands.Routing.CommandRouter Router = Routers.For(SmallDataset.Create());

    [Fact]
    public void Build_LowerIsBetter_RanksFewestFirstAndSaysSo()
    {
        var answer = Router.Ask("/benchmark tokens-used");
        answer.Title.ShouldBe("Tokens Used leaderboard");
        answer.Summary.ShouldBe("**Alpha 1** leads with 58 M tokens, 62 M tokens fewer than **Beta 2** (120 M tokens). Lower is better.");
        var table = answer.Tables.ShouldHaveSingleItem();
        table.Columns.ShouldBe(["Rank", "Model", "Value", "Evaluator"]);
        table.ChartColumn.ShouldBe(2);
        table.Rows.Select(r => string.Join(" | ", r.Cells.Select(c => c.Text))).ShouldBe(
        [
            "1 | Alpha 1 | 58 M tokens | Artificial Analysis",
            "2 | Beta 2 | 120 M tokens | Artificial Analysis",
        ]);
        table.Rows[0].Cells[2].IsLeader.ShouldBeTrue();
        // One ★ per leading row: on the figure, as in /compare, not on the model's name as well.
        table.Rows.SelectMany(r => r.Cells).Count(c => c.IsLeader).ShouldBe(1);
        table.Rows[0].Cells[2].Value.ShouldBe(58);
        answer.Facts.ShouldContain(f => f.Label == "Better" && f.Value == "lower");
        answer.Notes.ShouldContain("No figure on Tokens Used for: Gamma 3.");
    }

    [Fact]
    public void Build_Tie_SharesTheLead()
    {
        var answer = Router.Ask("/benchmark arena");
        answer.Summary.ShouldBe("**Alpha 1** and **Beta 2** tie for the lead at 1444 Elo.");
        answer.Tables[0].Rows.Select(r => r.Cells[0].Text).ShouldBe(["1", "1", "3"]);
    }

    [Fact]
    public void Build_SeveralSettings_OneTablePerSetting()
    {
        var answer = Router.Ask("/benchmark quiz");
        answer.Tables.Select(t => t.Caption).ShouldBe(["Quiz Bench (no tools)", "Quiz Bench (with tools)"]);
        answer.Summary.ShouldBe("No tools: **Alpha 1** leads with 42.8%, 2.7 points ahead of **Beta 2** (40.1%). With tools: **Gamma 3** leads with 50%, the only standard run.");
        answer.Notes.ShouldContain("Quiz Bench (no tools), Beta 2: 40.1 (source 1) vs 41.2 (source 2)");
    }

    [Fact]
    public void Build_RoundedFigure_IsWrittenApproximateAndTheExactOneRanks()
    {
        // The switched-sides article says GPT-5.4 and Gemini 3.1 Pro "both hit roughly 76"; the official table has 76.1 and 76.5.
        var answer = Routers.Real.Ask("/benchmark arc-agi-2");

        answer.Tables[0].Rows.Take(2).Select(r => r.Cells[2].Text).ShouldBe(["76.5%", "76.1%"]);
        answer.Notes.ShouldContain(n => n.StartsWith("ARC-AGI-2, GPT-5.4: 76.1 (source", StringComparison.Ordinal) && n.Contains(" vs ~76 (source", StringComparison.Ordinal));
        answer.Results.Where(r => r.Value.Equals(76)).ShouldAllBe(r => r.Approximate);
        answer.Results.Where(r => r.Value.Equals(76.1)).ShouldAllBe(r => !r.Approximate);
    }

    [Fact]
    public void Build_OneSetting_OnlyThatSection()
    {
        var answer = Router.Ask("/benchmark quiz with tools");
        answer.Title.ShouldBe("Quiz Bench leaderboard (with tools)");
        answer.Tables.ShouldHaveSingleItem().Rows.ShouldHaveSingleItem().Cells[1].Text.ShouldBe("Gamma 3");
    }

    [Fact]
    public void Build_BenchmarkWithACategory_ShowsItAsAFact()
    {
        Routers.Real.Ask("/benchmark healthbench-hard").Facts.ShouldContain(f => f.Label == "Category" && f.Value == "Health");
        Router.Ask("/benchmark quiz").Facts.ShouldNotContain(f => f.Label == "Category");
    }

    [Fact]
    public void Build_StandardRunsFromOneTable_NeedNoProvenanceNoteOnceModeRunsRankApart()
    {
        var hle = Routers.Real.Ask("/benchmark hle");

        // Without tools the standard runs are all Meta's table; the other article's runs are special-mode runs, ranked apart.
        hle.Notes.ShouldNotContain(n => n.StartsWith("Humanity's Last Exam (no tools) ranks figures from", StringComparison.Ordinal));
        hle.Notes.ShouldNotContain(n => n.StartsWith("Humanity's Last Exam (with tools) ranks", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_RankingFromOneArticleAndEvaluator_NoProvenanceNote()
    {
        var answer = Routers.Real.Ask("/benchmark arc-agi-2");

        answer.Notes.ShouldNotContain(n => n.Contains("not necessarily measured the same way", StringComparison.Ordinal));
    }
}
