using ModelBot.Core.Loading;
using ModelBot.Core.Queries;
using ModelBot.Core.Tests.Support;

namespace ModelBot.Core.Tests.Queries;

public class SourceListTests
{
    [Fact]
    public void AddAll_FromReports_CitesEachSourceOnceInOrderOfFirstCitationAndIgnoresSourcesOutsideTheReports()
    {
        var service = new QueryService(new FixedDatasetProvider(new DatasetBuilder()
            .Source("s2").Source("s3").Source("s4")
            .Model("alpha-1", "Alpha 1").Model("beta-2", "Beta 2")
            .Benchmark("one-bench", "One Bench").Benchmark("two-bench", "Two Bench").Benchmark("other-bench", "Other Bench")
            .Result("alpha-1", "one-bench", 50, source: "s3")
            .Result("beta-2", "one-bench", 40, source: "s1")
            .Result("alpha-1", "two-bench", 70, source: "s3")
            .Result("beta-2", "two-bench", 60, source: "s2")
            .Result("alpha-1", "other-bench", 10, source: "s4")
            .Build()));
        var reports = new[] { service.Leaderboard("one-bench").Report!, service.Leaderboard("two-bench").Report! };
        var sources = new SourceList(reports);

        foreach (var entry in reports.SelectMany(report => report.Sections).SelectMany(section => section.Entries).Reverse())
        {
            sources.AddAll(entry.Figures);
        }
        sources.Add("s4"); // in the dataset, but in none of these reports

        sources.Sources.Select(source => source.Id).ShouldBe(["s2", "s3", "s1"]);
    }
}
