using ModelBot.Commands.Tests.Support;

namespace ModelBot.Commands.Tests.Battery;

/// <summary>
/// The question battery (issue 12, item 7): every entry of questions.yaml is one test, named by what the user types,
/// asked through the same router as <c>modelbot ask --format json</c> over the real data/, and judged on the headline
/// a user reads and the figures the answer holds. An entry with <c>pending: "reason"</c> is skipped with that reason.
/// Score per kind: Battery/score.sh.
/// </summary>
public class QuestionBatteryTests
{
    private static readonly string[] Expectations = ["answer", "refuse"];

    public static TheoryData<string> Questions => new(QuestionBattery.Entries.Select(entry => new TheoryDataRow<string>(entry.Ask)
    {
        TestDisplayName = DisplayName(entry.Ask),
        Skip = string.IsNullOrWhiteSpace(entry.Pending) ? null : entry.Pending,
    }));

    [Theory]
    [MemberData(nameof(Questions))]
    public void Battery(string ask)
    {
        var entry = QuestionBattery.Find(ask);

        var verdict = QuestionBattery.Judge(entry, Routers.Real.Ask(ask));

        Assert.True(verdict.Outcome == BatteryOutcome.Right, Environment.NewLine + verdict.Report);
    }

    [Fact]
    public void Battery_File_IsWellFormed()
    {
        var entries = QuestionBattery.Entries;
        var models = RealData.Dataset.Models.Select(model => model.Id).ToHashSet(StringComparer.Ordinal);
        var benchmarks = RealData.Dataset.Benchmarks.Select(benchmark => benchmark.Id).ToHashSet(StringComparer.Ordinal);
        var sources = RealData.Dataset.Sources.Select(source => source.Id).ToHashSet(StringComparer.Ordinal);

        entries.Count.ShouldBeGreaterThanOrEqualTo(170);
        entries.GroupBy(entry => entry.Ask, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key).ShouldBeEmpty("each ask is one test and must be unique");
        foreach (var entry in entries)
        {
            var where = $"entry \"{entry.Ask}\"";
            entry.Kind.ShouldNotBeNullOrWhiteSpace(where);
            Expectations.ShouldContain(entry.Expect, where);
            entry.HeadlineHas.ShouldNotBeEmpty(where);
            entry.HeadlineHas.Concat(entry.HeadlineLacks).ShouldAllBe(text => !string.IsNullOrWhiteSpace(text) && !text.Split('|', StringSplitOptions.None).Any(string.IsNullOrEmpty), where);
            entry.Why.ShouldNotBeNullOrWhiteSpace(where);
            if (entry.Pending is not null)
            {
                entry.Pending.ShouldNotBeNullOrWhiteSpace(where + ": pending needs a reason");
            }

            if (entry.ExpectsRefusal)
            {
                entry.Figures.ShouldBeEmpty(where + ": a refusal has no figures");
            }

            foreach (var figure in entry.Figures)
            {
                models.ShouldContain(figure.Model, where);
                benchmarks.ShouldContain(figure.Benchmark, where);
                if (figure.Source is not null)
                {
                    sources.ShouldContain(figure.Source, where);
                }

                RealData.Dataset.Results.ShouldContain(
                    result => result.Model == figure.Model && result.Benchmark == figure.Benchmark && Math.Abs(result.Value - figure.Value) < 1e-9
                        && (figure.Setting == null || string.Equals(result.Setting, figure.Setting, StringComparison.OrdinalIgnoreCase))
                        && (figure.Evaluator == null || string.Equals(result.Evaluator, figure.Evaluator, StringComparison.OrdinalIgnoreCase))
                        && (figure.Source == null || result.Source == figure.Source),
                    $"{where}: data/ has no result {figure}");
            }
        }
    }

    [Fact]
    public void Judge_HeadlineAlternativesAndFigures_AreCheckedAsDocumented()
    {
        var entry = new BatteryEntry
        {
            Ask = "which model leads HLE without tools?",
            Kind = "leaderboard",
            Expect = "answer",
            HeadlineHas = ["gemini 3.1 pro", "45.4|45,4"],
            HeadlineLacks = ["50.2"],
            Figures = [new BatteryFigure { Model = "gemini-3.1-pro", Benchmark = "hle", Value = 45.4, Setting = "no tools" }],
            Why = "test",
        };
        var figure = new Commands.Answers.ResultFigure { Model = "gemini-3.1-pro", Benchmark = "hle", Setting = "no tools", Value = 45.4, Unit = "%", Source = "dayahimour-muse-spark", SourceRef = 1, Evaluator = "Meta" };
        var right = new Commands.Answers.Answer { Ok = true, Command = "benchmark", Title = "Humanity's Last Exam leaderboard", Summary = "**Gemini 3.1 Pro** leads with 45.4%.", Results = [figure] };
        var wrongHeadline = right with { Summary = "**Muse Spark (Contemplating)** leads with 50.2%." };
        var wrongFigure = right with { Results = [figure with { Setting = "with tools" }] };
        var refused = new Commands.Answers.Answer { Ok = false, Command = "ask", Title = "Error", Error = "No benchmark matches 'hle'." };

        QuestionBattery.Judge(entry, right).Outcome.ShouldBe(BatteryOutcome.Right);
        QuestionBattery.Judge(entry, wrongHeadline).Problems.Count.ShouldBe(3);  // lacks both names/numbers, has 50.2
        QuestionBattery.Judge(entry, wrongFigure).Outcome.ShouldBe(BatteryOutcome.Wrong);
        QuestionBattery.Judge(entry, refused).Outcome.ShouldBe(BatteryOutcome.RefusedWrongly);
        var refusal = new BatteryEntry { Ask = "write me a python function", Kind = "refuse", Expect = "refuse", HeadlineHas = ["model|benchmark"], HeadlineLacks = ["mythos"], Why = "test" };
        QuestionBattery.Judge(refusal, right).Outcome.ShouldBe(BatteryOutcome.Wrong);
        QuestionBattery.Judge(refusal, refused with { Suggestions = ["claude-mythos"] }).Outcome.ShouldBe(BatteryOutcome.Wrong);  // suggestions are part of the headline
        QuestionBattery.Judge(refusal, refused).Outcome.ShouldBe(BatteryOutcome.Right);
    }

    /// <summary>The ask itself; a blank ask is shown quoted so that the test still has a visible name.</summary>
    private static string DisplayName(string ask) => string.IsNullOrWhiteSpace(ask) ? $"(blank: \"{ask}\")" : ask;
}
