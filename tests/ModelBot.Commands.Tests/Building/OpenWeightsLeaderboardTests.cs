using ModelBot.Commands.Building;
using ModelBot.Commands.Leaderboard;
using ModelBot.Commands.Tests.Support;
using ModelBot.Core.Dataset;
using ModelBot.Core.Loading;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Tests.Building;

public class OpenWeightsLeaderboardTests
{
    [Fact]
    public void Of_RealLeaderboard_KeepsOnlyOpenWeightModelsRankedAmongThemselves()
    {
        var queries = new QueryService(new FixedDatasetProvider(RealData.Dataset));
        var full = queries.Leaderboard("livecodebench-v6").Report!;

        var open = OpenWeightsLeaderboard.Of(full);

        var entries = open.Sections.ShouldHaveSingleItem().Entries;
        entries.ShouldAllBe(e => e.Model.Weights == WeightsAvailability.Open);
        entries.Select(e => (e.Model.Id, e.Rank)).ShouldBe([("gemma-4-31b", 1), ("llama-4", 2)]);
    }

    [Fact]
    public void Of_LeaderboardWhereOnlyClosedModelsHaveFigures_HasNoSections()
    {
        var queries = new QueryService(new FixedDatasetProvider(RealData.Dataset));

        var open = OpenWeightsLeaderboard.Of(queries.Leaderboard("arc-agi-2").Report!);

        open.Sections.ShouldBeEmpty();
    }

    [Fact]
    public void Of_ClosedModelsAhead_RanksTheFirstOpenModelFirstAndKeepsTiesTied()
    {
        var queries = new QueryService(new FixedDatasetProvider(RealData.Dataset));
        var full = queries.Leaderboard("livecodebench-v6").Report!;
        var gemma = full.Sections[0].Entries[0];
        var llama = full.Sections[0].Entries[1];
        var closed = RealData.Dataset.Models.First(m => m.Weights == WeightsAvailability.Closed);
        var section = new LeaderboardSection("default",
        [
            gemma with { Model = closed, Rank = 1 },
            gemma with { Rank = 2, IsTied = true },
            llama with { Rank = 2, IsTied = true },
        ]);

        var open = OpenWeightsLeaderboard.Of(full with { Sections = [section] });

        open.Sections[0].Entries.Select(e => (e.Rank, e.IsTied)).ShouldBe([(1, true), (1, true)]);
    }
}
