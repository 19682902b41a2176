using ModelBot.Commands.Tests.Support;

namespace ModelBot.Commands.Tests.Building;

public class ProfileAnswerBuilderTests
{
    private static readonly ModelBot.Commands.Routing.CommandRouter Router = Routers.For(SmallDataset.Create());

    [Fact]
    public void Build_Profile_FactsThenResultsTable()
    {
        var answer = Router.Ask("/model codename a");
        answer.Title.ShouldBe("Alpha 1");
        answer.Summary.ShouldBe("**Alpha 1** by Acme, released 2026-01-02, open weights. 3 results on 3 benchmarks, from 2 articles.");
        answer.Facts.ShouldContain(f => f.Label == "Context window" && f.Value == "128,000 tokens");
        var table = answer.Tables.ShouldHaveSingleItem();
        table.Columns.ShouldBe(["Benchmark", "Setting", "Value", "Evaluator"]);
        // The evaluator of each figure: a vendor's own run and an independent one are different claims.
        table.Rows.Select(r => string.Join(" | ", r.Cells.Select(c => c.Text))).ShouldBe(
        [
            "Quiz Bench | no tools | 42.8% | Acme",
            "Tokens Used (lower is better) | default | 58 M tokens | Artificial Analysis",
            "Arena | default | 1444 Elo | Acme",
        ]);
    }

    [Fact]
    public void Build_ModelWithoutFigures_SaysSoInsteadOfCountingZero()
    {
        var answer = Routers.Real.Ask("/model claude mythos");

        answer.Summary.ShouldBe("**Claude Mythos** by Anthropic. The dataset has no benchmark figures for it. Anthropic's Claude Mythos system card reports that earlier versions showed internal representations of concealment and strategic reasoning during evaluations.");
        answer.Tables.ShouldBeEmpty();
    }

    [Fact]
    public void Build_SourcesDisagree_BothValuesShownAndNoted()
    {
        var answer = Router.Ask("/model beta-2");
        var quiz = answer.Tables[0].Rows[0].Cells[2];
        quiz.Text.ShouldBe("40.1% / 41.2%");
        quiz.Value.ShouldBe(40.1);
        answer.Results.Count(r => r.Benchmark == "quiz").ShouldBe(2);
        answer.Notes.ShouldContain(n => n.Contains("is disputed"));
    }
}
