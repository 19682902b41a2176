using CsCheck;
using ModelBot.Charts.Planning;
using ModelBot.Charts.Tests.Support;
using ModelBot.Commands.Answers;
using ModelBot.Rendering.Tests;

namespace ModelBot.Charts.Tests.Planning;

/// <summary>What a chart shows of an answer: units apart, rank order and leader kept, labels told apart, limits kept.</summary>
public sealed class ChartPlannerTests : IClassFixture<RealAnswers>
{
    private readonly RealAnswers _real;

    public ChartPlannerTests(RealAnswers real) => _real = real;

    [Fact]
    public void Plan_RealComparison_GivesEachUnitItsOwnPanel()
    {
        var answer = _real.Ask("/compare muse-spark opus 4.6");

        var plan = ChartPlanner.Plan(answer)!;

        plan.Panels.Select(p => p.Unit).ShouldBe(["%", "Elo", "points", "M tokens"], ignoreOrder: true);
        plan.Panels.Select(p => p.Unit).ShouldBeUnique();
        plan.Panels.ShouldAllBe(p => p.Series.SequenceEqual(new[] { "Muse Spark", "Claude Opus 4.6" }));
        plan.Panels.Single(p => p.Unit == "M tokens").LowerIsBetter.ShouldBeTrue();
    }

    [Fact]
    public void Plan_RealLeaderboard_KeepsRankOrderAndMarksOnlyTheLeader()
    {
        var plan = ChartPlanner.Plan(_real.Ask("/benchmark arc-agi-2"))!;

        var panel = plan.Panels.ShouldHaveSingleItem();
        panel.IsRanking.ShouldBeTrue();
        panel.Groups.Select(g => g.Label).ShouldBe(["Gemini 3.1 Pro", "GPT-5.4", "Claude Opus 4.6", "Muse Spark"]);
        panel.Groups.Select(g => g.Bars[0]!.Leader).ShouldBe([true, false, false, false]);
        panel.Groups.Select(g => g.Bars[0]!.Text).ShouldBe(["76.5%", "76.1%", "63.3%", "42.5%"]);
        plan.Sources.Select(s => s.Number).ShouldBe([1, 2]);
    }

    [Fact]
    public void Plan_LowerIsBetterLeaderboard_SaysSoAndKeepsTheBestFirst()
    {
        var panel = ChartPlanner.Plan(ChartAnswers.MarkedLeaderboard)!.Panels.ShouldHaveSingleItem();

        panel.LowerIsBetter.ShouldBeTrue();
        panel.Groups[0].Bars[0]!.Value.ShouldBe(58);
        panel.Groups[0].Bars[0]!.Disputed.ShouldBeTrue();
        panel.Groups[1].Bars[0]!.Approximate.ShouldBeTrue();
    }

    [Fact]
    public void Plan_FailedAnswer_HasNoChart() => ChartPlanner.Plan(SampleAnswers.Error).ShouldBeNull();

    [Fact]
    public void Plan_RowsWithoutAUnit_AreNeverDrawn()
    {
        // Hand-built tables that say nothing of their units: a chart would have to guess, so it draws nothing.
        ChartPlanner.Plan(SampleAnswers.Leaderboard).ShouldBeNull();
        ChartPlanner.Plan(SampleAnswers.Compare).ShouldBeNull();
    }

    [Fact]
    public void Plan_RowsThatWouldReadAlike_AreLabelledApart()
    {
        var percent = new RowMeasure("%", false);
        var answer = new Answer
        {
            Ok = true,
            Command = "ask",
            Title = "Where these figures come from",
            Tables =
            [
                new AnswerTable
                {
                    Caption = "Figures",
                    Columns = ["Benchmark", "Model", "Value", "Setting", "Evaluator"],
                    ChartColumn = 2,
                    Rows =
                    [
                        new AnswerRow([new AnswerCell("HLE"), new AnswerCell("Muse Spark"), new AnswerCell("42.8%", 42.8), new AnswerCell("no tools"), new AnswerCell("Meta")]) { Measure = percent },
                        new AnswerRow([new AnswerCell("HLE"), new AnswerCell("Muse Spark"), new AnswerCell("50.2%", 50.2), new AnswerCell("no tools, Contemplating"), new AnswerCell("Meta")]) { Measure = percent },
                        new AnswerRow([new AnswerCell("ARC-AGI-2"), new AnswerCell("Muse Spark"), new AnswerCell("42.5%", 42.5), new AnswerCell("default"), new AnswerCell("Meta")]) { Measure = percent },
                    ],
                },
            ],
        };

        var labels = ChartPlanner.Plan(answer)!.Panels.ShouldHaveSingleItem().Groups.Select(g => g.Label).ToList();

        labels.ShouldBe(["HLE (no tools)", "HLE (no tools, Contemplating)", "ARC-AGI-2"]);
    }

    [Fact]
    public void Plan_AnyAnswer_KeepsUnitsApartAndStaysWithinItsLimits()
    {
        var units = Gen.OneOf("%", "Elo", "M tokens", "points");
        var measured = AnswerGenerators.Answer.SelectMany(answer => units.Array[64].Select(picked => answer with
        {
            Tables = [.. answer.Tables.Select((table, t) => table with
            {
                ChartSeries = t % 2 == 1,
                Rows = [.. table.Rows.Select((row, r) => row with { Measure = new RowMeasure(picked[(r + t) % picked.Length], r % 3 == 0) })],
            })],
        }));

        measured.Sample(answer =>
        {
            if (ChartPlanner.Plan(answer) is not { } plan)
            {
                return;
            }
            plan.Panels.Count.ShouldBeInRange(1, ChartPlanner.MaxPanels);
            plan.Panels.Sum(p => p.Groups.Count * p.Series.Count).ShouldBeLessThanOrEqualTo(ChartPlanner.MaxBars);
            foreach (var panel in plan.Panels)
            {
                panel.Series.Count.ShouldBeInRange(1, ChartPlanner.MaxSeries);
                panel.Groups.ShouldAllBe(g => g.Bars.Count == panel.Series.Count && g.Bars.Any(b => b != null));
                panel.Groups.SelectMany(g => g.Bars).ShouldAllBe(b => b == null || double.IsFinite(b.Value));
            }
        }, iter: 300);
    }
}
