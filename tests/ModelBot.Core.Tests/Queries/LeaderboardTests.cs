using ModelBot.Core.Dataset;
using ModelBot.Core.Loading;
using ModelBot.Core.Queries;
using ModelBot.Core.Tests.Support;

namespace ModelBot.Core.Tests.Queries;

public class LeaderboardTests
{
    private static QueryService Service(DatasetBuilder builder) => new(new FixedDatasetProvider(builder.Build()));

    private static DatasetBuilder ThreeModels() => new DatasetBuilder()
        .Model("alpha-1", "Alpha 1")
        .Model("beta-2", "Beta 2")
        .Model("gamma-3", "Gamma 3")
        .Model("delta-4", "Delta 4");

    [Fact]
    public void Leaderboard_HigherIsBetter_RanksDescending()
    {
        var service = Service(ThreeModels()
            .Benchmark("score-bench", "Score Bench")
            .Result("alpha-1", "score-bench", 50)
            .Result("beta-2", "score-bench", 70)
            .Result("gamma-3", "score-bench", 60));

        var report = service.Leaderboard("score bench").Report!;

        var entries = report.Sections.ShouldHaveSingleItem().Entries;
        entries.Select(e => (e.Rank, e.Model.Id)).ShouldBe([(1, "beta-2"), (2, "gamma-3"), (3, "alpha-1")]);
        entries.ShouldAllBe(e => !e.IsTied);
    }

    [Fact]
    public void Leaderboard_LowerIsBetter_RanksAscending()
    {
        var service = Service(ThreeModels()
            .Benchmark("output-tokens", "Output tokens", Unit.MillionTokens, Direction.LowerIsBetter)
            .Result("alpha-1", "output-tokens", 120)
            .Result("beta-2", "output-tokens", 58)
            .Result("gamma-3", "output-tokens", 157));

        var entries = service.Leaderboard("output-tokens").Report!.Sections[0].Entries;

        entries.Select(e => e.Model.Id).ShouldBe(["beta-2", "alpha-1", "gamma-3"]);
    }

    [Fact]
    public void Leaderboard_Ties_ShareRankAndNextRankSkips()
    {
        var service = Service(ThreeModels()
            .Benchmark("b", "Bench")
            .Result("gamma-3", "b", 50)
            .Result("alpha-1", "b", 50)
            .Result("beta-2", "b", 40)
            .Result("delta-4", "b", 60));

        var entries = service.Leaderboard("b").Report!.Sections[0].Entries;

        entries.Select(e => (e.Rank, e.Model.Id, e.IsTied)).ShouldBe(
        [
            (1, "delta-4", false),
            (2, "alpha-1", true),
            (2, "gamma-3", true),
            (4, "beta-2", false),
        ]);
    }

    [Fact]
    public void Leaderboard_Settings_AreSeparateSectionsInDatasetOrder()
    {
        var service = Service(ThreeModels()
            .Benchmark("hle", "Humanity's Last Exam")
            .Result("alpha-1", "hle", 40, "no tools")
            .Result("beta-2", "hle", 50, "with tools")
            .Result("beta-2", "hle", 45, "no tools")
            .Result("gamma-3", "hle", 52, "with tools, Contemplating"));

        var report = service.Leaderboard("HLE").Report!;

        report.AvailableSettings.ShouldBe(["no tools", "with tools", "with tools, Contemplating"]);
        report.Sections.Select(s => s.Setting).ShouldBe(report.AvailableSettings);
        report.Sections[0].Entries.Select(e => e.Model.Id).ShouldBe(["beta-2", "alpha-1"]);
        report.Setting.ShouldBeNull();
    }

    [Fact]
    public void Leaderboard_FigureInTheModelsOwnMode_RanksInAModeSectionAfterItsBaseSetting()
    {
        // Meta's HLE row "With Tools (Contemplating)": Contemplating is Muse Spark's mode, the others ran with tools.
        // Like with like: the standard runs rank without it, the mode run ranks in its own section right after them.
        var service = Service(ThreeModels()
            .Model(new Model { Id = "muse-x", Name = "Muse X", Vendor = "Meta", Modes = ["Contemplating"], Sources = ["s1"] })
            .Benchmark("hle", "HLE")
            .Result("muse-x", "hle", 50.4, "with tools, Contemplating")
            .Result("alpha-1", "hle", 53.1, "with tools")
            .Result("beta-2", "hle", 52.1, "with tools"));

        var report = service.Leaderboard("hle").Report!;

        report.Sections.Select(s => (s.Setting, s.ModeRuns)).ShouldBe([("with tools", false), ("with tools", true)]);
        report.AvailableSettings.ShouldBe(["with tools"]);
        report.Sections[0].Entries.Select(e => (e.Rank, e.Model.Id)).ShouldBe([(1, "alpha-1"), (2, "beta-2")]);
        var modeRun = report.Sections[1].Entries.ShouldHaveSingleItem();
        (modeRun.Rank, modeRun.Model.Id, modeRun.Mode).ShouldBe((1, "muse-x", "Contemplating"));
        modeRun.Figure.Setting.ShouldBe("with tools, Contemplating");
    }

    [Fact]
    public void Leaderboard_OneSetting_ListsOnlyTheSourcesOfItsFigures()
    {
        // HLE with tools is Meta's table row in 004 alone; 002's HLE figures are no-tools ones.
        var report = new QueryService(new FixedDatasetProvider(RepositoryDataset.Dataset)).Leaderboard("hle", "with tools").Report!;

        report.Sources.Select(s => s.Id).ShouldBe(["dayahimour-muse-spark"]);
    }

    [Fact]
    public void Leaderboard_RealAgenticScore_RanksAdaptiveAndDeepThinkRunsApartFromGpt55()
    {
        // 003's "Agentic score" column: GPT-5.5 98.2, Claude Opus 4.7 (Adaptive) 94.3, Gemini 3 Pro Deep Think 95.4.
        // Adaptive is Opus 4.7's mode; Gemini 3 Pro Deep Think is a variant named after its mode: both are mode runs.
        var report = new QueryService(new FixedDatasetProvider(RepositoryDataset.Dataset)).Leaderboard("agentic-score").Report!;

        report.Sections.Select(s => (s.Setting, s.ModeRuns)).ShouldBe([("default", false), ("default", true)]);
        report.Sections[0].Entries.Select(e => (e.Rank, e.Model.Id, e.Figure.Setting)).ShouldBe([(1, "gpt-5.5", "default")]);
        report.Sections[1].Entries.Select(e => (e.Rank, e.Label, e.Figure.Setting)).ShouldBe(
            [(1, "Gemini 3 Pro Deep Think", "default"), (2, "Claude Opus 4.7 (Adaptive)", "Adaptive")]);
    }

    [Fact]
    public void Leaderboard_SettingOfAFigureRankedInAnotherSection_FindsThatSection()
    {
        var outcome = new QueryService(new FixedDatasetProvider(RepositoryDataset.Dataset)).Leaderboard("hle", "with tools, Contemplating");

        // The Contemplating run's section, with the standard runs of its setting beside it for scale (ranked apart).
        outcome.Report!.Sections.Select(s => (s.Setting, s.ModeRuns)).ShouldBe([("with tools", false), ("with tools", true)]);
        outcome.Report.Mode.ShouldBe("Contemplating");
        outcome.Report.Sections[1].Entries.ShouldHaveSingleItem().Figure.Value.ShouldBe(50.4);
    }

    [Fact]
    public void Leaderboard_OwnModeFigureBesideAPlainOne_DoesNotLeadTheStandardRuns()
    {
        // 002's row "HLE No Tools (Contemplating)": Muse Spark 50.2 against Gemini Deep Think 48.4; Meta gives 42.8 without a mode.
        // Issue 12's headline error: 50.2 must not lead the no-tools standard runs (45.4 does); it ranks in the mode section.
        var service = Service(ThreeModels()
            .Model(new Model { Id = "muse-x", Name = "Muse X", Vendor = "Meta", Modes = ["Contemplating"], Sources = ["s1"] })
            .Benchmark("hle", "HLE")
            .Result("muse-x", "hle", 42.8, "no tools")
            .Result("muse-x", "hle", 50.2, "no tools, Contemplating")
            .Result("alpha-1", "hle", 45.4, "no tools"));

        var report = service.Leaderboard("hle").Report!;

        report.AvailableSettings.ShouldBe(["no tools"]);
        report.Sections.Select(s => (s.Setting, s.ModeRuns)).ShouldBe([("no tools", false), ("no tools", true)]);
        report.Sections[0].Entries.Select(e => (e.Rank, e.Model.Id, e.Figure.Value)).ShouldBe(
            [(1, "alpha-1", 45.4), (2, "muse-x", 42.8)]);
        report.Sections[1].Entries.Select(e => (e.Rank, e.Model.Id, e.Figure.Value)).ShouldBe([(1, "muse-x", 50.2)]);
    }

    [Fact]
    public void Leaderboard_RealHleWithTools_ListsMuseSparksContemplatingFigureAfterTheStandardRuns()
    {
        var report = new QueryService(new FixedDatasetProvider(RepositoryDataset.Dataset)).Leaderboard("hle", "with tools").Report!;

        report.Setting.ShouldBe("with tools");
        report.Sections.Select(s => (s.Setting, s.ModeRuns)).ShouldBe([("with tools", false), ("with tools", true)]);
        report.Sections[0].Entries.Select(e => (e.Rank, e.Model.Id, e.Figure.Value)).ShouldBe(
            [(1, "claude-opus-4.6", 53.1), (2, "gpt-5.4", 52.1), (3, "gemini-3.1-pro", 51.4)]);
        report.Sections[1].Entries.Select(e => (e.Rank, e.Label, e.Figure.Value)).ShouldBe([(1, "Muse Spark (Contemplating)", 50.4)]);
        report.MissingModels.ShouldNotContain(m => m.Id == "muse-spark");
    }

    [Theory]
    [InlineData("no tools", "no tools")]
    [InlineData("No-Tools", "no tools")]
    [InlineData("notools", "no tools")]
    [InlineData("contemplating", "with tools, Contemplating")]
    public void Leaderboard_Setting_SelectsOneSection(string setting, string expected)
    {
        var service = Service(ThreeModels()
            .Benchmark("hle", "HLE")
            .Result("alpha-1", "hle", 40, "no tools")
            .Result("beta-2", "hle", 50, "with tools")
            .Result("gamma-3", "hle", 52, "with tools, Contemplating"));

        var report = service.Leaderboard("hle", setting).Report!;

        report.Sections.ShouldHaveSingleItem().Setting.ShouldBe(expected);
        report.Setting.ShouldBe(expected);
        report.AvailableSettings.Count.ShouldBe(3);
    }

    [Fact]
    public void Leaderboard_UnknownSetting_FailsListingAvailableSettings()
    {
        var service = Service(ThreeModels()
            .Benchmark("hle", "HLE")
            .Result("alpha-1", "hle", 40, "no tools")
            .Result("beta-2", "hle", 50, "with tools"));

        var outcome = service.Leaderboard("hle", "fast mode");

        outcome.IsSuccess.ShouldBeFalse();
        outcome.Failure!.Kind.ShouldBe(QueryFailureKind.UnknownSetting);
        outcome.Failure.Suggestions.ShouldBe(["no tools", "with tools"]);
        outcome.Failure.Error.ShouldBe("HLE has no figures in the setting 'fast mode'; it has: no tools; with tools.");
    }

    [Fact]
    public void Leaderboard_AmbiguousSetting_FailsListingMatches()
    {
        var service = Service(ThreeModels()
            .Benchmark("hle", "HLE")
            .Result("alpha-1", "hle", 40, "no tools")
            .Result("beta-2", "hle", 50, "with tools")
            .Result("beta-2", "hle", 50, "default"));

        var failure = service.Leaderboard("hle", "tools").Failure!;

        failure.Kind.ShouldBe(QueryFailureKind.UnknownSetting);
        failure.Suggestions.ShouldBe(["no tools", "with tools"]);
    }

    [Fact]
    public void Leaderboard_ModelsWithoutFigure_AreNoted()
    {
        var service = Service(ThreeModels()
            .Benchmark("b", "Bench")
            .Benchmark("other", "Other")
            .Result("alpha-1", "b", 50)
            .Result("gamma-3", "other", 50));

        var report = service.Leaderboard("b").Report!;

        report.MissingModels.Select(m => m.Id).ShouldBe(["beta-2", "gamma-3", "delta-4"]);
    }

    [Fact]
    public void Leaderboard_DisputedFigures_AreRankedButMarked()
    {
        var service = Service(ThreeModels()
            .Source("s2")
            .Benchmark("b", "Bench")
            .Result("alpha-1", "b", 42.8)
            .Result("beta-2", "b", 40.1)
            .Result("beta-2", "b", 41.2, source: "s2", disputed: true)
            .Result("gamma-3", "b", 45, source: "s2", disputed: true));

        var entries = service.Leaderboard("b").Report!.Sections[0].Entries;

        entries.Select(e => (e.Model.Id, e.Figure.Value, e.IsDisputed, e.HasDisagreement)).ShouldBe(
        [
            ("gamma-3", 45, true, false),
            ("alpha-1", 42.8, false, false),
            ("beta-2", 40.1, false, true),
        ]);
        entries[2].Figures.Select(f => (f.Value, f.Source)).ShouldBe([(40.1, "s1"), (41.2, "s2")]);
    }

    [Fact]
    public void Leaderboard_ApproximateFigure_NeverOutranksAnExactOne_WhateverTheSourceOrder()
    {
        // Two rounded "roughly 76" figures from the first source, one exact figure from the second: the exact
        // figure ranks, although the rounded value has more sources and comes first.
        var service = Service(ThreeModels()
            .Source("s2")
            .Source("s3")
            .Benchmark("b", "Bench")
            .Result("alpha-1", "b", 76, source: "s1", approximate: true)
            .Result("alpha-1", "b", 76, source: "s3", approximate: true)
            .Result("alpha-1", "b", 76.1, source: "s2")
            .Result("beta-2", "b", 76, source: "s1", approximate: true)
            .Result("beta-2", "b", 76.5, source: "s2"));

        var entries = service.Leaderboard("b").Report!.Sections[0].Entries;

        entries.Select(e => (e.Model.Id, e.Figure.Value, e.Rank)).ShouldBe([("beta-2", 76.5, 1), ("alpha-1", 76.1, 2)]);
    }

    [Fact]
    public void Leaderboard_OnlyApproximateFigures_StillRank()
    {
        var service = Service(ThreeModels()
            .Benchmark("b", "Bench")
            .Result("alpha-1", "b", 76, approximate: true)
            .Result("beta-2", "b", 42.5));

        var entries = service.Leaderboard("b").Report!.Sections[0].Entries;

        entries.Select(e => (e.Model.Id, e.Figure.Value)).ShouldBe([("alpha-1", 76), ("beta-2", 42.5)]);
    }

    [Fact]
    public void Leaderboard_Figure_IsTheValueMostSourcesGive()
    {
        var service = Service(ThreeModels()
            .Source("s2")
            .Source("s3")
            .Benchmark("b", "Bench")
            .Result("alpha-1", "b", 41, source: "s1")
            .Result("alpha-1", "b", 40, source: "s2")
            .Result("alpha-1", "b", 40, source: "s3"));

        var entry = service.Leaderboard("b").Report!.Sections[0].Entries.ShouldHaveSingleItem();

        entry.Figure.Value.ShouldBe(40);
        entry.Figure.Source.ShouldBe("s2");
        entry.HasDisagreement.ShouldBeTrue();
        entry.Figures.Count.ShouldBe(3);
    }

    [Fact]
    public void Leaderboard_Sources_ListEveryCitedSourceOnceInCitationOrder()
    {
        var service = Service(ThreeModels()
            .Source("s2")
            .Benchmark("b", "Bench")
            .Result("alpha-1", "b", 10, source: "s2")
            .Result("beta-2", "b", 20, source: "s1")
            .Result("gamma-3", "b", 5, source: "s2"));

        var report = service.Leaderboard("b").Report!;

        report.Sources.Select(s => s.Id).ShouldBe(["s1", "s2"]);
        report.Sections.SelectMany(s => s.Entries).SelectMany(e => e.Figures)
            .ShouldAllBe(f => report.Sources.Any(s => s.Id == f.Source));
    }

    [Fact]
    public void Leaderboard_UnknownBenchmark_FailsWithSuggestions()
    {
        var service = Service(ThreeModels().Benchmark("healthbench-hard", "HealthBench Hard"));

        var failure = service.Leaderboard("healthbench hrad").Failure!;

        failure.Kind.ShouldBe(QueryFailureKind.UnknownBenchmark);
        failure.Suggestions.ShouldBe(["healthbench-hard"]);
        failure.Query.ShouldBe("healthbench hrad");
    }

    [Fact]
    public void Leaderboard_AmbiguousBenchmark_FailsWithCandidates()
    {
        var service = Service(ThreeModels()
            .Benchmark("livecodebench-pro", "LiveCodeBench Pro")
            .Benchmark("livecodebench-v6", "LiveCodeBench v6"));

        var failure = service.Leaderboard("livecodebench").Failure!;

        failure.Kind.ShouldBe(QueryFailureKind.AmbiguousBenchmark);
        failure.Suggestions.ShouldBe(["livecodebench-pro", "livecodebench-v6"]);
    }

    [Fact]
    public void Leaderboard_RepositoryOutputTokens_IsAscending()
    {
        var service = new QueryService(new FixedDatasetProvider(RepositoryDataset.Dataset));

        var section = service.Leaderboard("output tokens").Report!.Sections[0];

        section.Entries.Count.ShouldBeGreaterThanOrEqualTo(3);
        section.Entries.Select(e => e.Figure.Value).ShouldBeInOrder(SortDirection.Ascending);
    }
}
