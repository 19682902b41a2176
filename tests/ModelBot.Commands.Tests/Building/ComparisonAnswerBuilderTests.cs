using ModelBot.Commands.Tests.Support;

namespace ModelBot.Commands.Tests.Building;

public class ComparisonAnswerBuilderTests
{
    private static readonly ModelBot.Commands.Routing.CommandRouter Router = Routers.For(SmallDataset.Create());

    [Fact]
    public void Build_TwoModels_RowsAreBenchmarkSettingColumnsAreModels()
    {
        var answer = Router.Ask("/compare alpha-1 beta-2");
        answer.Title.ShouldBe("Alpha 1 vs Beta 2");
        var table = answer.Tables[0];
        table.Caption.ShouldBe("Shared benchmarks");
        table.Columns.ShouldBe(["Benchmark", "Alpha 1", "Beta 2"]);
        table.Rows.Select(r => r.Cells[0].Text).ShouldBe(["Quiz Bench (no tools)", "Tokens Used (lower is better)", "Arena"]);
    }

    [Fact]
    public void Build_LowerIsBetter_LeaderHasTheSmallerValue()
    {
        var row = Router.Ask("/compare alpha-1 beta-2").Tables[0].Rows[1];
        row.Cells[1].Text.ShouldBe("58 M tokens");
        row.Cells[1].IsLeader.ShouldBeTrue();
        row.Cells[2].Text.ShouldBe("120 M tokens");
        row.Cells[2].IsLeader.ShouldBeFalse();
    }

    [Fact]
    public void Build_Tie_BothLeadAndSummaryCountsIt()
    {
        var answer = Router.Ask("/compare alpha-1 beta-2");
        var arena = answer.Tables[0].Rows[2];
        arena.Cells[1].IsLeader.ShouldBeTrue();
        arena.Cells[2].IsLeader.ShouldBeTrue();
        arena.Cells[1].Text.ShouldBe("1444 Elo");
        answer.Summary.ShouldBe("Across 3 shared benchmark rows, **Alpha 1** leads 2, **Beta 2** leads none, and 1 is a tie (Arena, 1444 Elo). Quiz Bench (no tools): **Alpha 1** 42.8%, **Beta 2** 40.1% (2.7 points apart). Tokens Used: **Alpha 1** 58 M tokens, **Beta 2** 120 M tokens (62 M tokens apart). Arena: **Alpha 1** 1444 Elo, **Beta 2** 1444 Elo (tied). Lower is better on Tokens Used.");
    }

    [Fact]
    public void Build_OneModelLeadsBothSharedRows_SaysBoth()
    {
        var answer = Routers.Real.Ask("/compare muse-spark gpt-5.4 on coding");

        answer.Summary.ShouldStartWith("**GPT-5.4** leads on both shared benchmark rows.");
    }

    [Fact]
    public void Build_Disagreement_NotedWithEachSourceAndDisputedReason()
    {
        var answer = Router.Ask("/compare alpha-1 beta-2");
        answer.Notes.ShouldContain("Quiz Bench (no tools), Beta 2: 40.1 (source 1) vs 41.2 (source 2)");
        answer.Notes.ShouldContain("Quiz Bench (no tools), Beta 2: 41.2 (source 2) is disputed: Contradicts the official table, which gives 40.1.");
        var cell = answer.Tables[0].Rows[0].Cells[2];
        cell.Text.ShouldBe("40.1%");
        cell.SourceRefs.ShouldBe([1, 2]);
        cell.Disputed.ShouldBeFalse();
    }

    [Fact]
    public void Build_Results_CarryEveryFigureWithIdsUnitsAndFootnotes()
    {
        var answer = Router.Ask("/compare alpha-1 beta-2");
        answer.Results.Count.ShouldBe(7);
        var disputed = answer.Results.Single(r => r.Disputed);
        disputed.Model.ShouldBe("beta-2");
        disputed.Benchmark.ShouldBe("quiz");
        disputed.Setting.ShouldBe("no tools");
        disputed.Value.ShouldBe(41.2);
        disputed.Unit.ShouldBe("%");
        disputed.Source.ShouldBe("second");
        disputed.SourceRef.ShouldBe(2);
        answer.Results.Where(r => r.Benchmark == "arena").ShouldAllBe(r => r.Unit == "Elo");
        answer.Results.Where(r => r.Benchmark == "tokens-used").ShouldAllBe(r => r.Unit == "M tokens" && r.Evaluator == "Artificial Analysis");
    }

    [Fact]
    public void Build_Sources_AreNumberedFootnotesWithLocator()
    {
        var sources = Router.Ask("/compare alpha-1 beta-2").Sources;
        sources.Select(s => (s.Number, s.Id, s.Locator)).ShouldBe([(1, "first", "000_first.txt"), (2, "second", "001_second.txt")]);
        sources[0].Date.ShouldBe("2026-04-01");
        sources[0].Publisher.ShouldBe("Pub One");
        sources[1].Date.ShouldBeNull();
    }

    [Fact]
    public void Build_PartialRows_SecondTableAndMissingNoted()
    {
        var answer = Router.Ask("/compare alpha-1 gamma-3");
        answer.Tables.Select(t => t.Caption).ShouldBe(["Shared benchmarks", "Benchmarks only some models have"]);
        answer.Tables[1].Rows.ShouldContain(r => r.Cells[0].Text == "Quiz Bench (with tools)" && r.Cells[1].Text == "—" && r.Cells[2].Text == "50%");
        answer.Notes.ShouldContain("No figure for Alpha 1 on: Quiz Bench (with tools).");
    }
}
