using ModelBot.Core.Dataset;
using ModelBot.Core.Loading;
using ModelBot.Core.Queries;

namespace ModelBot.Core.Tests.Data;

/// <summary>Disagreeing figures stay side by side with their sources; contradictions of the official table are marked.</summary>
public sealed class DisagreementTests(DatasetFixture fixture) : IClassFixture<DatasetFixture>
{
    [Fact]
    public void HealthBenchHard_Gpt54_KeepsBoth40Point1And41Point2WithTheirSources()
    {
        var figures = For("gpt-5.4", "healthbench-hard");

        figures.Where(r => r.Value == 40.1).Select(r => r.Source).Order(StringComparer.Ordinal)
            .ShouldBe(["dayahimour-muse-spark", "muse-spark-stunning-reversal", "muse-spark-switched-sides"]);
        figures.Where(r => r.Value == 41.2).Select(r => r.Source).ShouldBe(["muse-spark-championed-open-source"]);
    }

    [Fact]
    public void HealthBenchHard_Gpt54Of41Point2_IsDisputedAndNamesTheOfficial40Point1()
    {
        var disputed = For("gpt-5.4", "healthbench-hard").Single(r => r.Value == 41.2);

        disputed.Disputed.ShouldBeTrue();
        disputed.Notes.ShouldNotBeNull().ShouldContain("40.1");
        For("gpt-5.4", "healthbench-hard").Where(r => r.Value == 40.1).ShouldAllBe(r => !r.Disputed);
    }

    [Fact]
    public void Hle_MuseSpark_KeepsMetas42Point8AndArtificialAnalysis39Point9()
    {
        var figures = For("muse-spark", "hle");

        var vendor = figures.Single(r => r.Value == 42.8);
        vendor.Evaluator.ShouldBe("Meta");
        vendor.Independent.ShouldBeFalse();
        vendor.Setting.ShouldBe("no tools");

        var independent = figures.Single(r => r.Value == 39.9);
        independent.Evaluator.ShouldBe("Artificial Analysis");
        independent.Independent.ShouldBeTrue();
        independent.Source.ShouldBe(vendor.Source);
        independent.Disputed.ShouldBeFalse();
    }

    [Fact]
    public void Hle_SettingsAreSeparateRowsOfOneBenchmark()
    {
        For("muse-spark", "hle").Select(r => r.Setting).Order(StringComparer.Ordinal)
            .ShouldBe(["default", "no tools", "no tools, Contemplating", "with tools, Contemplating"]);
        fixture.Dataset.Benchmarks.Count(b => b.Name.Contains("Humanity", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void Disputed_IsExactlyTheFigureThatContradictsTheOfficialTable()
    {
        fixture.Dataset.Results.Where(r => r.Disputed).Select(r => (r.Model, r.Benchmark, r.Value, r.Source))
            .ShouldBe([("gpt-5.4", "healthbench-hard", 41.2, "muse-spark-championed-open-source")]);
    }

    [Fact]
    public void ArcAgi2_RoughlySeventySix_IsKeptUndisputedButRankingUsesTheOfficialFigures()
    {
        // "roughly 76" rounds the official 76.1 and 76.5: an approximation, not a contradiction.
        var approximate = fixture.Dataset.Results.Where(r => r.Benchmark == "arc-agi-2" && r.Value == 76).ToList();
        approximate.Select(r => r.Model).Order(StringComparer.Ordinal).ShouldBe(["gemini-3.1-pro", "gpt-5.4"]);
        approximate.ShouldAllBe(r => r.Approximate && !r.Disputed && r.Notes!.Contains("roughly 76", StringComparison.Ordinal));

        var entries = new QueryService(new FixedDatasetProvider(fixture.Dataset)).Leaderboard("arc-agi-2").Report!.Sections.ShouldHaveSingleItem().Entries;

        entries.Select(e => (e.Model.Id, e.Figure.Value)).Take(2).ShouldBe([("gemini-3.1-pro", 76.5), ("gpt-5.4", 76.1)]);
    }

    [Fact]
    public void Approximate_IsSetExactlyOnFiguresWhosePassageRoundsThem()
    {
        // A passage saying "roughly", "approximately" or "about" next to the figure is the only reason to set it.
        var flagged = fixture.Dataset.Results.Where(r => r.Approximate).ToList();
        flagged.ShouldNotBeEmpty();
        flagged.ShouldAllBe(r => r.Passage.Contains("roughly " + PassageText.Format(r.Value), StringComparison.Ordinal)
            || r.Passage.Contains("approximately " + PassageText.Format(r.Value), StringComparison.Ordinal)
            || r.Passage.Contains("about " + PassageText.Format(r.Value), StringComparison.Ordinal));
    }

    [Fact]
    public void Disputed_EveryFigure_DiffersFromTheOfficialTableAndNamesIt()
    {
        foreach (var result in fixture.Dataset.Results.Where(r => r.Disputed))
        {
            var official = fixture.OfficialFigureFor(result).ShouldNotBeNull();
            official.Value.ShouldNotBe(result.Value);
            result.Notes.ShouldNotBeNull().ShouldContain(PassageText.Format(official.Value));
        }
    }

    [Fact]
    public void Results_FromOtherArticles_DifferingFromTheOfficialTable_AreDisputedOrExplained()
    {
        var unexplained = fixture.Dataset.Results
            .Where(r => r.Source != DatasetFixture.OfficialTableSource)
            .Select(r => (Result: r, Official: fixture.OfficialFigureFor(r)))
            .Where(p => p.Official is not null && p.Official.Value != p.Result.Value)
            .Where(p => p.Result.Notes is null || !p.Result.Notes.Contains(PassageText.Format(p.Official!.Value), StringComparison.Ordinal))
            .Select(p => $"{p.Result.Source}: {p.Result.Model} / {p.Result.Benchmark} = {PassageText.Format(p.Result.Value)}")
            .ToList();

        unexplained.ShouldBeEmpty();
    }

    [Fact]
    public void Results_AttributedToMetaOutsideTheOfficialTable_AreFiguresOfThatTable()
    {
        var unmatched = fixture.Dataset.Results
            .Where(r => r.Source != DatasetFixture.OfficialTableSource && r.Evaluator == "Meta")
            .Where(r => fixture.OfficialFigureFor(r) is null)
            .Select(r => $"{r.Source}: {r.Model} / {r.Benchmark} / {r.Setting}")
            .ToList();

        unmatched.ShouldBeEmpty();
    }

    [Fact]
    public void LiveCodeBench_ProAndV6_AreSeparateBenchmarks()
    {
        fixture.Dataset.BenchmarksById.ShouldContainKey("livecodebench-pro");
        fixture.Dataset.BenchmarksById.ShouldContainKey("livecodebench-v6");
        For("gemma-4-31b", "livecodebench-pro").ShouldBeEmpty();
        For("muse-spark", "livecodebench-v6").ShouldBeEmpty();
    }

    [Fact]
    public void OutputTokens_AreMillionsOfTokensWhereLowerIsBetter()
    {
        var benchmark = fixture.Dataset.BenchmarksById["aa-intelligence-index-v4-output-tokens"];

        benchmark.Unit.ShouldBe(Unit.MillionTokens);
        benchmark.Direction.ShouldBe(Direction.LowerIsBetter);
        For("muse-spark", benchmark.Id).ShouldAllBe(r => r.Evaluator == "Artificial Analysis" && r.Independent);
    }

    [Fact]
    public void ArtificialAnalysisFigures_AreMarkedIndependent()
    {
        fixture.Dataset.Results.Where(r => r.Evaluator == "Artificial Analysis").ShouldAllBe(r => r.Independent);
        fixture.Dataset.Results.Where(r => r.Evaluator != "Artificial Analysis").ShouldAllBe(r => !r.Independent);
    }

    private List<Result> For(string model, string benchmark) =>
        fixture.Dataset.Results.Where(r => r.Model == model && r.Benchmark == benchmark).ToList();
}
