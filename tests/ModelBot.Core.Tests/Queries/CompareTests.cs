using ModelBot.Core.Dataset;
using ModelBot.Core.Loading;
using ModelBot.Core.Queries;
using ModelBot.Core.Tests.Support;

namespace ModelBot.Core.Tests.Queries;

public class CompareTests
{
    private static QueryService Service(DatasetBuilder builder) => new(new FixedDatasetProvider(builder.Build()));

    private static DatasetBuilder Dataset() => new DatasetBuilder()
        .Source("s2")
        .Model("muse-spark", "Muse Spark", "Avocado")
        .Model("gpt-5.4", "GPT-5.4")
        .Model("opus-4.6", "Opus 4.6")
        .Model("opus-4.7", "Opus 4.7")
        .Benchmark("health", "HealthBench Hard")
        .Benchmark("tokens", "Output tokens", Unit.MillionTokens, Direction.LowerIsBetter)
        .Benchmark("arc", "ARC-AGI-2")
        .Benchmark("elo", "GDPval", Unit.Elo)
        .Result("muse-spark", "health", 42.8)
        .Result("gpt-5.4", "health", 40.1)
        .Result("gpt-5.4", "health", 41.2, source: "s2", disputed: true)
        .Result("opus-4.6", "health", 14.8)
        .Result("muse-spark", "tokens", 58)
        .Result("gpt-5.4", "tokens", 120)
        .Result("opus-4.6", "tokens", 157)
        .Result("muse-spark", "arc", 42.5, "no tools")
        .Result("gpt-5.4", "arc", 42.5, "no tools")
        .Result("gpt-5.4", "arc", 76.1, "with tools")
        .Result("opus-4.6", "elo", 1606);

    [Fact]
    public void Compare_ModelLeadsInOneComparisonNotAnother_EachReportShowsItsOwnLeader()
    {
        // Cells and leader lists are shared between comparisons of one dataset version: no comparison may see another's.
        var service = Service(Dataset());

        var withOpus = service.Compare(["gpt-5.4", "opus-4.6"]).Report!;
        var withMuse = service.Compare(["gpt-5.4", "muse-spark"]).Report!;
        var withOpusAgain = service.Compare(["gpt-5.4", "opus-4.6"]).Report!;

        Cell(withOpus, "health", "gpt-5.4").IsLeader.ShouldBeTrue();
        Cell(withMuse, "health", "gpt-5.4").IsLeader.ShouldBeFalse();
        Cell(withMuse, "health", "muse-spark").IsLeader.ShouldBeTrue();
        Cell(withOpusAgain, "health", "gpt-5.4").IsLeader.ShouldBeTrue();
        Cell(withMuse, "health", "gpt-5.4").Figures.Count.ShouldBe(2);
        withOpus.Rows.Select(r => string.Join('+', r.LeaderIds)).ShouldBe(["gpt-5.4", "gpt-5.4"]);
        withMuse.Rows.Select(r => (r.Benchmark.Id, string.Join('+', r.LeaderIds))).ShouldBe(
            [("health", "muse-spark"), ("tokens", "muse-spark"), ("arc", "gpt-5.4+muse-spark")]);
    }

    private static ComparisonCell Cell(ComparisonReport report, string benchmark, string model) =>
        report.Rows.Single(r => r.Benchmark.Id == benchmark).Cells.Single(c => c.Model.Id == model);

    [Fact]
    public void Compare_TwoModels_RowsInDatasetOrderWithLeaders()
    {
        var report = Service(Dataset()).Compare(["muse spark", "GPT 5.4"]).Report!;

        report.Models.Select(m => m.Id).ShouldBe(["muse-spark", "gpt-5.4"]);
        report.Rows.Select(r => (r.Benchmark.Id, r.Setting, string.Join('+', r.LeaderIds))).ShouldBe(
        [
            ("health", "default", "muse-spark"),
            ("tokens", "default", "muse-spark"),
            ("arc", "no tools", "muse-spark+gpt-5.4"),
        ]);
    }

    [Fact]
    public void Compare_OwnModeRowOfOneArticle_SetsTheOtherModelsFigureFromThatArticleBesideIt()
    {
        // 002: "HLE No Tools (Contemplating) | 50.2 | Gemini Deep Think: 48.4"; Meta's table gives Muse Spark 42.8 without a mode.
        var report = new QueryService(new FixedDatasetProvider(RepositoryDataset.Dataset)).Compare(["muse-spark", "gemini-deep-think"]).Report!;

        // Like with like: the Contemplating run against Deep Think is the shared row; Muse Spark's standard 42.8 against
        // Deep Think's 48.4 is listed apart, not counted.
        report.Rows.Select(r => (r.Setting, r.Cells[0].Figure!.Value, r.Cells[1].Figure!.Value, r.LeaderIds.Single())).ShouldBe(
        [
            ("no tools, Contemplating", 50.2, 48.4, "muse-spark"),
        ]);
        report.PartialRows.ShouldContain(r => r.Setting == "no tools" && r.Cells[0].Figure!.Value == 42.8 && r.Cells[1].Figure!.Value == 48.4);
    }

    [Fact]
    public void Compare_OwnModeRow_DoesNotSetAFigureFromAnotherArticleBesideIt()
    {
        // GPT-5.4's no-tools 43.9 is Meta's (004), not 002's: no article compares it with the Contemplating 50.2.
        var report = new QueryService(new FixedDatasetProvider(RepositoryDataset.Dataset)).Compare(["muse-spark", "gpt-5.4"], "hle").Report!;

        report.Rows.ShouldNotContain(r => r.Setting == "no tools, Contemplating");
        report.PartialRows.ShouldContain(r => r.Setting == "no tools, Contemplating" && r.Cells[1].Figure == null);
    }

    [Fact]
    public void Compare_LowerIsBetter_LeaderHasTheSmallestValue()
    {
        var report = Service(Dataset()).Compare(["gpt-5.4", "opus-4.6"]).Report!;

        var tokens = report.Rows.Single(r => r.Benchmark.Id == "tokens");
        tokens.LeaderIds.ShouldBe(["gpt-5.4"]);
        tokens.Cells.Select(c => (c.Model.Id, c.IsLeader)).ShouldBe([("gpt-5.4", true), ("opus-4.6", false)]);
    }

    [Fact]
    public void Compare_Tie_BothLead()
    {
        var arc = Service(Dataset()).Compare(["muse-spark", "gpt-5.4"]).Report!.Rows.Single(r => r.Benchmark.Id == "arc");

        arc.Cells.ShouldAllBe(c => c.IsLeader);
    }

    [Fact]
    public void Compare_DisagreeingSources_KeepsEveryFigureAndFlagsIt()
    {
        var report = Service(Dataset()).Compare(["muse-spark", "gpt-5.4"]).Report!;

        var health = report.Rows[0];
        var gpt = health.Cells[1];
        gpt.Figures.Select(f => (f.Value, f.Source, f.Disputed)).ShouldBe([(40.1, "s1", false), (41.2, "s2", true)]);
        gpt.Figure!.Value.ShouldBe(40.1);
        gpt.HasDisagreement.ShouldBeTrue();
        gpt.HasDisputed.ShouldBeTrue();
        health.HasDisagreement.ShouldBeTrue();
        report.HasDisagreement.ShouldBeTrue();
        report.Sources.Select(s => s.Id).ShouldBe(["s1", "s2"]);
    }

    [Fact]
    public void Compare_BenchmarksOnlySomeHave_AreInPartialRows()
    {
        var report = Service(Dataset()).Compare(["muse-spark", "gpt-5.4", "opus-4.6"]).Report!;

        report.Rows.Select(r => r.Benchmark.Id).ShouldBe(["health", "tokens"]);
        report.PartialRows.Select(r => (r.Benchmark.Id, r.Setting)).ShouldBe([("arc", "no tools"), ("arc", "with tools"), ("elo", "default")]);
        var withTools = report.PartialRows[1];
        withTools.Cells.Select(c => c.Figures.Count).ShouldBe([0, 1, 0]);
        withTools.LeaderIds.ShouldBeEmpty();
    }

    [Fact]
    public void Compare_UnknownModel_FailsWithSuggestions()
    {
        var failure = Service(Dataset()).Compare(["muse-spark", "gtp 5.4"]).Failure!;

        failure.Kind.ShouldBe(QueryFailureKind.UnknownModel);
        failure.Query.ShouldBe("gtp 5.4");
        failure.Suggestions[0].ShouldBe("gpt-5.4");
        failure.Error.ShouldBe("No model matches 'gtp 5.4'.");
    }

    [Fact]
    public void Compare_AmbiguousModel_FailsWithCandidates()
    {
        var failure = Service(Dataset()).Compare(["opus", "gpt-5.4"]).Failure!;

        failure.Kind.ShouldBe(QueryFailureKind.AmbiguousModel);
        failure.Suggestions.ShouldBe(["opus-4.6", "opus-4.7"]);
        failure.Error.ShouldBe("'opus' could mean several models: opus-4.6, opus-4.7.");
    }

    [Theory]
    [InlineData("muse-spark")]
    [InlineData("muse-spark,avocado")]
    [InlineData("")]
    public void Compare_FewerThanTwoDifferentModels_Fails(string names)
    {
        var failure = Service(Dataset()).Compare(names.Split(',', StringSplitOptions.RemoveEmptyEntries)).Failure!;

        failure.Kind.ShouldBe(QueryFailureKind.WrongModelCount);
    }

    [Fact]
    public void CompareText_UnquotedNames_ResolvesGreedily()
    {
        var report = Service(Dataset()).CompareText("muse spark gpt 5.4 opus 4.6").Report!;

        report.Models.Select(m => m.Id).ShouldBe(["muse-spark", "gpt-5.4", "opus-4.6"]);
    }

    [Fact]
    public void CompareText_MisspelledName_FailsWithSuggestion()
    {
        var failure = Service(Dataset()).CompareText("muse spark gtp 5.4").Failure!;

        failure.Kind.ShouldBe(QueryFailureKind.UnknownModel);
        failure.Suggestions[0].ShouldBe("gpt-5.4");
    }

    [Fact]
    public void Compare_RepositoryMuseSparkAndGpt54_ShowsHealthBenchDisagreement()
    {
        var service = new QueryService(new FixedDatasetProvider(RepositoryDataset.Dataset));

        var report = service.Compare(["muse-spark", "gpt-5.4"]).Report!;

        var health = report.Rows.First(r => r.Benchmark.Id == "healthbench-hard");
        health.LeaderIds.ShouldBe(["muse-spark"]);
        var gpt = health.Cells[1];
        gpt.Figures.Select(f => f.Value).Distinct().Order().ShouldBe([40.1, 41.2]);
        gpt.Figure!.Value.ShouldBe(40.1);
        gpt.HasDisagreement.ShouldBeTrue();
        report.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Figures)
            .ShouldAllBe(f => report.Sources.Any(s => s.Id == f.Source) && f.Passage.Length > 0);
    }
}
