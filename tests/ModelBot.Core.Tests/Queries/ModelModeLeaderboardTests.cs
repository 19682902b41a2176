using ModelBot.Core.Dataset;
using ModelBot.Core.Loading;
using ModelBot.Core.Queries;
using ModelBot.Core.Tests.Support;

namespace ModelBot.Core.Tests.Queries;

/// <summary>
/// A figure measured in one of its model's own modes (or by a variant named after its mode) is compared like with
/// like: it ranks, as "Model (Mode)", in a section of special-mode runs right after the standard runs of the rest of
/// its setting, never among the standard runs where a multi-agent run would "lead" them (issue 12).
/// </summary>
public class ModelModeLeaderboardTests
{
    private static QueryService Service(DatasetBuilder builder) => new(new FixedDatasetProvider(builder.Build()));

    private static DatasetBuilder Models() => new DatasetBuilder()
        .Model(new Model { Id = "spark", Name = "Spark", Vendor = "Meta", Modes = ["Fast", "Contemplating"], Sources = ["s1"] })
        .Model("rival", "Rival")
        .Model("other", "Other")
        .Benchmark("exam", "Exam");

    [Fact]
    public void ModeInTheSetting_RanksInAModeSectionAfterTheStandardRunsOfTheRestOfTheSetting()
    {
        // The mode run (50.4) is below both standard runs here, but it still does not rank among them.
        var service = Service(Models()
            .Result("spark", "exam", 50.4, "with tools, Contemplating")
            .Result("rival", "exam", 53.1, "with tools")
            .Result("other", "exam", 51.4, "with tools"));

        var sections = service.Leaderboard("exam").Report!.Sections;

        sections.Select(s => (s.Setting, s.ModeRuns)).ShouldBe([("with tools", false), ("with tools", true)]);
        sections[0].Entries.Select(e => (e.Rank, e.Label)).ShouldBe([(1, "Rival"), (2, "Other")]);
        var modeRun = sections[1].Entries.ShouldHaveSingleItem();
        (modeRun.Rank, modeRun.Label, modeRun.Mode).ShouldBe((1, "Spark (Contemplating)", "Contemplating"));
    }

    [Fact]
    public void ModeAlone_RanksInTheDefaultSettingsModeSection()
    {
        var service = Service(Models()
            .Result("spark", "exam", 94.3, "contemplating")
            .Result("rival", "exam", 98.2));

        var sections = service.Leaderboard("exam").Report!.Sections;

        sections.Select(s => (s.Setting, s.ModeRuns)).ShouldBe([("default", false), ("default", true)]);
        sections[0].Entries.Select(e => e.Label).ShouldBe(["Rival"]);
        sections[1].Entries.Select(e => e.Label).ShouldBe(["Spark (Contemplating)"]);
    }

    [Fact]
    public void SameModelWithAndWithoutItsMode_TwoEntrants_NotOneDisagreement()
    {
        // Meta's 42.8 and 002's Contemplating 50.2: the standard run leads nothing it should not, the mode run is apart.
        var service = Service(Models()
            .Result("spark", "exam", 42.8, "no tools")
            .Result("spark", "exam", 50.2, "no tools, Contemplating", source: "s2")
            .Result("rival", "exam", 48.4, "no tools", source: "s2"));

        var sections = service.Leaderboard("exam").Report!.Sections;

        sections.Select(s => (s.Setting, s.ModeRuns)).ShouldBe([("no tools", false), ("no tools", true)]);
        sections[0].Entries.Select(e => (e.Rank, e.Label, e.Figure.Value)).ShouldBe([(1, "Rival", 48.4), (2, "Spark", 42.8)]);
        sections[1].Entries.Select(e => (e.Rank, e.Label, e.Figure.Value)).ShouldBe([(1, "Spark (Contemplating)", 50.2)]);
        sections.SelectMany(s => s.Entries).ShouldAllBe(e => !e.HasDisagreement);
    }

    [Fact]
    public void ModeSections_EachFollowTheStandardSectionOfTheirOwnSetting()
    {
        // The mode runs appear in the data in the other order (with tools first): each still follows its own setting.
        var service = Service(Models()
            .Result("rival", "exam", 40.1, "no tools")
            .Result("rival", "exam", 53.1, "with tools")
            .Result("spark", "exam", 50.4, "with tools, Contemplating")
            .Result("spark", "exam", 50.2, "no tools, Contemplating")
            .Result("other", "exam", 38.0, "no tools"));

        var report = service.Leaderboard("exam").Report!;

        report.Sections.Select(s => (s.Setting, s.ModeRuns)).ShouldBe(
            [("no tools", false), ("no tools", true), ("with tools", false), ("with tools", true)]);
        report.AvailableSettings.ShouldBe(["no tools", "with tools"]);
        report.Sections[0].Entries.Select(e => (e.Rank, e.Label)).ShouldBe([(1, "Rival"), (2, "Other")]);
        report.Sections[1].Entries.Select(e => (e.Rank, e.Label, e.Figure.Value)).ShouldBe([(1, "Spark (Contemplating)", 50.2)]);
        report.Sections[2].Entries.Select(e => (e.Rank, e.Label)).ShouldBe([(1, "Rival")]);
        report.Sections[3].Entries.Select(e => (e.Rank, e.Label, e.Figure.Value)).ShouldBe([(1, "Spark (Contemplating)", 50.4)]);
    }

    [Fact]
    public void VariantNamedAfterItsMode_RanksInTheModeSection_WithoutRepeatingTheMode()
    {
        // 002: "Gemini Deep Think" 48.4 on HLE no tools, written with the plain setting: the model is the mode run.
        var service = Service(Models()
            .Model(new Model { Id = "gemini-deep-think", Name = "Gemini Deep Think", Vendor = "Google", Modes = ["Deep Think"], Sources = ["s1"] })
            .Result("gemini-deep-think", "exam", 48.4, "no tools")
            .Result("rival", "exam", 45.4, "no tools")
            .Result("other", "exam", 40.0, "no tools"));

        var sections = service.Leaderboard("exam").Report!.Sections;

        sections.Select(s => (s.Setting, s.ModeRuns)).ShouldBe([("no tools", false), ("no tools", true)]);
        sections[0].Entries.Select(e => (e.Rank, e.Label)).ShouldBe([(1, "Rival"), (2, "Other")]);
        var deepThink = sections[1].Entries.ShouldHaveSingleItem();
        (deepThink.Rank, deepThink.Model.Id, deepThink.Mode, deepThink.Label).ShouldBe((1, "gemini-deep-think", "Deep Think", "Gemini Deep Think"));
    }

    [Theory]
    [InlineData("no tools")]
    [InlineData("No-Tools")]
    [InlineData("notools")]
    public void FilteredBySetting_ShowsItsStandardAndItsModeSection(string typed)
    {
        var service = Service(Models()
            .Source("s2")
            .Result("spark", "exam", 42.8, "no tools")
            .Result("spark", "exam", 50.2, "no tools, Contemplating", source: "s2")
            .Result("spark", "exam", 50.4, "with tools, Contemplating")
            .Result("rival", "exam", 45.4, "no tools")
            .Result("rival", "exam", 53.1, "with tools"));

        var outcome = service.Leaderboard("exam", typed);

        outcome.Failure.ShouldBeNull();
        var report = outcome.Report!;
        report.Setting.ShouldBe("no tools");
        report.Sections.Select(s => (s.Setting, s.ModeRuns)).ShouldBe([("no tools", false), ("no tools", true)]);
        report.Sections[0].Entries.Select(e => (e.Rank, e.Label, e.Figure.Value)).ShouldBe([(1, "Rival", 45.4), (2, "Spark", 42.8)]);
        report.Sections[1].Entries.Select(e => (e.Rank, e.Label, e.Figure.Value)).ShouldBe([(1, "Spark (Contemplating)", 50.2)]);
        report.Sources.Select(s => s.Id).ShouldBe(["s1", "s2"], ignoreOrder: true);
        report.AvailableSettings.ShouldBe(["no tools", "with tools"]);
    }

    [Fact]
    public void RealData_HleNoTools_StandardRunsLeadWithoutTheContemplatingOrDeepThinkRuns()
    {
        // Issue 12: "No tools: Muse Spark (Contemplating) leads with 50.2%" set a multi-agent run against standard ones.
        var report = new QueryService(new FixedDatasetProvider(RepositoryDataset.Dataset)).Leaderboard("hle", "no tools").Report!;

        report.Sections.Select(s => (s.Setting, s.ModeRuns)).ShouldBe([("no tools", false), ("no tools", true)]);
        report.Sections[0].Entries.ShouldAllBe(e => e.Mode == null);
        // Meta's official no-tools row (004): Gemini 3.1 Pro leads, Muse Spark's standard run is 42.8.
        report.Sections[0].Entries.Select(e => (e.Rank, e.Label, e.Figure.Value)).ShouldBe(
            [(1, "Gemini 3.1 Pro", 45.4), (2, "GPT-5.4", 43.9), (3, "Muse Spark", 42.8), (4, "Claude Opus 4.6", 40.0)]);
        report.Sections[1].Entries.Select(e => (e.Label, e.Figure.Value)).ShouldBe(
            [("Muse Spark (Contemplating)", 50.2), ("Gemini Deep Think", 48.4)]);
    }

    [Fact]
    public void WordThatIsAnotherModelsMode_StaysPartOfTheSetting()
    {
        var service = Service(Models()
            .Result("rival", "exam", 70, "Contemplating")
            .Result("other", "exam", 60));

        var sections = service.Leaderboard("exam").Report!.Sections;

        sections.Select(s => s.Setting).ShouldBe(["Contemplating", "default"]);
        sections.SelectMany(s => s.Entries).ShouldAllBe(e => e.Mode == null);
    }

    /// <summary>Sections are written "setting" for standard runs and "setting [modes]" for special-mode runs.</summary>
    [Theory]
    // A mode asked for: its sections, with the standard runs of the same settings beside them (ranked apart, for scale).
    [InlineData("no tools contemplating", "no tools", new[] { "no tools", "no tools [modes]" })]
    [InlineData("with tools", "with tools", new[] { "with tools", "with tools [modes]" })]
    [InlineData("contemplating", "Contemplating", new[] { "no tools", "with tools", "no tools [modes]", "with tools [modes]" })]
    public void TypedSettingWithAMode_FindsTheSectionsOfThatEntrant(string typed, string reportSetting, string[] sections)
    {
        var service = Service(Models()
            .Result("spark", "exam", 42.8, "no tools")
            .Result("spark", "exam", 50.2, "no tools, Contemplating")
            .Result("spark", "exam", 50.4, "with tools, Contemplating")
            .Result("rival", "exam", 53.1, "with tools"));

        var outcome = service.Leaderboard("exam", typed);

        outcome.Failure.ShouldBeNull();
        outcome.Report!.Setting.ShouldBe(reportSetting);
        outcome.Report.Sections.Select(s => s.ModeRuns ? s.Setting + " [modes]" : s.Setting).ShouldBe(sections);
    }

    [Fact]
    public void RealData_HleWithTools_ShowsMuseSparkContemplatingApartFromMetasStandardRuns()
    {
        // Meta's "With Tools (Contemplating)" 50.4 sits in the same table row as the others' standard with-tools runs.
        var service = new QueryService(new FixedDatasetProvider(RepositoryDataset.Dataset));

        var sections = service.Leaderboard("hle").Report!.Sections.ToList();

        sections.Select(s => s.Setting).ShouldNotContain(s => s.Contains("Contemplating", StringComparison.OrdinalIgnoreCase));
        var withTools = sections.Where(s => s.Setting == "with tools").ToList();
        withTools.Select(s => s.ModeRuns).ShouldBe([false, true]);
        withTools[0].Entries.Select(e => (e.Label, e.Figure.Value)).ShouldBe(
            [("Claude Opus 4.6", 53.1), ("GPT-5.4", 52.1), ("Gemini 3.1 Pro", 51.4)]);
        withTools[1].Entries.Select(e => (e.Label, e.Figure.Value)).ShouldBe([("Muse Spark (Contemplating)", 50.4)]);
        sections.IndexOf(withTools[1]).ShouldBe(sections.IndexOf(withTools[0]) + 1);
    }
}
