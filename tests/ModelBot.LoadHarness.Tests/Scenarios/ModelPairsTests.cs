using ModelBot.LoadHarness.Scenarios;
using ModelBot.LoadHarness.Targets;

namespace ModelBot.LoadHarness.Tests.Scenarios;

public sealed class ModelPairsTests
{
    [Fact]
    public void Load_RepositoryData_GivesDistinctPairsThatShareABenchmark()
    {
        var pairs = ModelPairs.Load(RepositoryPaths.Data);

        pairs.Count.ShouldBe(16);
        pairs.Distinct().Count().ShouldBe(pairs.Count);
        pairs.ShouldAllBe(pair => pair.First != pair.Second);
        pairs.Select(pair => pair.First).Distinct().Count().ShouldBeGreaterThan(3); // spread, not one model against all
    }
}
