using ModelBot.Core.Loading;
using ModelBot.Core.Tests.Support;

namespace ModelBot.Core.Tests.Loading;

public class RealDataTests
{
    [Fact]
    public void Load_RepositoryData_HasNoErrors()
    {
        var result = new DatasetLoader().Load(TestData.DataDirectory);

        result.Errors.ShouldBeEmpty(string.Join(Environment.NewLine, result.Errors));
        result.IsValid.ShouldBeTrue();
        result.Dataset.Models.Count.ShouldBeGreaterThan(0);
        result.Dataset.Results.Count.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("muse-spark", "zerobench", 1)]        // 004: "ZeroBench (Multi-step Visual Reasoning) 🏆 33.0"
    [InlineData("claude-opus-4.6", "hle", 1)]         // 004: "Opus 4.6: 40.0"
    [InlineData("gemma-4-31b", "livecodebench-v6", 0)] // 001: "achieved 80% on LiveCodeBench v6"
    [InlineData("muse-spark", "gdpval-aa", 0)]         // 004: "1444"
    public void Load_RepositoryData_KeepsTheDecimalsTheValueIsWrittenWith(string model, string benchmark, int decimals)
    {
        var result = RepositoryDataset.Dataset.Results.First(r => r.Model == model && r.Benchmark == benchmark && r.Source == "dayahimour-muse-spark" || r.Model == model && r.Benchmark == benchmark && r.Source == "muse-spark-stunning-reversal");

        result.Decimals.ShouldBe(decimals);
    }
}
