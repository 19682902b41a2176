using ModelBot.Core.Dataset;
using ModelBot.Core.Loading;
using ModelBot.Core.Queries;
using ModelBot.Core.Tests.Support;

namespace ModelBot.Core.Tests.Queries;

/// <summary>
/// A figure measured in one of its model's own modes ranks in the table row the article gives it, beside the other
/// models, as "Model (Mode)" — not alone in a section of one where it would "lead".
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
    public void ModeInTheSetting_RanksInTheRestOfTheSettingAsItsOwnEntrant()
    {
        var service = Service(Models()
            .Result("spark", "exam", 50.4, "with tools, Contemplating")
            .Result("rival", "exam", 53.1, "with tools")
            .Result("other", "exam", 51.4, "with tools"));

        var section = service.Leaderboard("exam").Report!.Sections.ShouldHaveSingleItem();

        section.Setting.ShouldBe("with tools");
        section.Entries.Select(e => (e.Rank, e.Label)).ShouldBe([(1, "Rival"), (2, "Other"), (3, "Spark (Contemplating)")]);
        section.Entries[2].Mode.ShouldBe("Contemplating");
    }

    [Fact]
    public void ModeAlone_RanksInTheDefaultSection()
    {
        var service = Service(Models()
            .Result("spark", "exam", 94.3, "contemplating")
            .Result("rival", "exam", 98.2));

        var section = service.Leaderboard("exam").Report!.Sections.ShouldHaveSingleItem();

        section.Setting.ShouldBe("default");
        section.Entries.Select(e => e.Label).ShouldBe(["Rival", "Spark (Contemplating)"]);
    }

    [Fact]
    public void SameModelWithAndWithoutItsMode_TwoEntrants_NotOneDisagreement()
    {
        var service = Service(Models()
            .Result("spark", "exam", 42.8, "no tools")
            .Result("spark", "exam", 50.2, "no tools, Contemplating", source: "s2")
            .Result("rival", "exam", 48.4, "no tools", source: "s2"));

        var entries = service.Leaderboard("exam").Report!.Sections.ShouldHaveSingleItem().Entries;

        entries.Select(e => (e.Label, e.Figure.Value)).ShouldBe([("Spark (Contemplating)", 50.2), ("Rival", 48.4), ("Spark", 42.8)]);
        entries.ShouldAllBe(e => !e.HasDisagreement);
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

    [Theory]
    [InlineData("no tools contemplating", "no tools", new[] { "no tools" })]
    [InlineData("with tools", "with tools", new[] { "with tools" })]
    [InlineData("contemplating", "Contemplating", new[] { "no tools", "with tools" })]
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
        outcome.Report.Sections.Select(s => s.Setting).ShouldBe(sections);
    }

    [Fact]
    public void RealData_HleWithTools_ShowsMuseSparkContemplatingFourthAsInMetasTable()
    {
        var service = new QueryService(new FixedDatasetProvider(RepositoryDataset.Dataset));

        var sections = service.Leaderboard("hle").Report!.Sections;

        sections.Select(s => s.Setting).ShouldNotContain(s => s.Contains("Contemplating", StringComparison.OrdinalIgnoreCase));
        var withTools = sections.Single(s => s.Setting == "with tools");
        withTools.Entries.Select(e => (e.Label, e.Figure.Value)).ShouldBe(
            [("Claude Opus 4.6", 53.1), ("GPT-5.4", 52.1), ("Gemini 3.1 Pro", 51.4), ("Muse Spark (Contemplating)", 50.4)]);
    }
}
