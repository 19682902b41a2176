using ModelBot.Core.Dataset;

namespace ModelBot.Core.Tests.Data;

/// <summary>
/// Each benchmark's category is the heading of Meta's official table it sits under in the seed article; a benchmark
/// that table does not list has a category all the same, and its notes say the category is the dataset's.
/// </summary>
public sealed class BenchmarkCategoryTests(DatasetFixture fixture) : IClassFixture<DatasetFixture>
{
    private const string OfficialTable = "004_6e36e93f2b73660a.txt";

    [Fact]
    public void Category_BenchmarkInTheOfficialTable_IsItsHeading()
    {
        var headings = OfficialHeadings();
        headings.Count.ShouldBeGreaterThanOrEqualTo(15);
        foreach (var (benchmarkId, heading) in headings)
        {
            var benchmark = fixture.Dataset.Benchmarks.Single(b => b.Id == benchmarkId);
            benchmark.Category.ShouldBe(heading, benchmarkId);
        }
    }

    [Fact]
    public void Category_BenchmarkNotInTheOfficialTable_IsSetAndNoted()
    {
        var inTable = OfficialHeadings().Keys.ToHashSet();
        var others = fixture.Dataset.Benchmarks.Where(b => !inTable.Contains(b.Id)).ToList();
        others.Select(b => b.Id).ShouldContain("livecodebench-v6");
        foreach (var benchmark in others)
        {
            benchmark.Category.ShouldNotBeNull(benchmark.Id);
            BenchmarkCategories.All.ShouldContain(benchmark.Category);
            (benchmark.Notes ?? "").ShouldContain("Category: the dataset's", Case.Sensitive, benchmark.Id);
        }
    }

    /// <summary>Benchmark id → heading, for every table row line that starts with a benchmark's name or alias.</summary>
    private Dictionary<string, string> OfficialHeadings()
    {
        var lines = File.ReadAllLines(RepoPaths.Seed(OfficialTable));
        var start = Array.FindIndex(lines, l => l.StartsWith("Source: Official Meta AI Blog", StringComparison.Ordinal));
        start.ShouldBeGreaterThan(0);
        var headings = new Dictionary<string, string>(StringComparer.Ordinal);
        string? heading = null;
        for (var i = start; i < lines.Length && !lines[i].StartsWith("Clear lead", StringComparison.Ordinal); i++)
        {
            var line = lines[i].Trim();
            if (BenchmarkCategories.All.FirstOrDefault(c => line.EndsWith(c, StringComparison.Ordinal)) is { } category && line.Length <= category.Length + 4)
            {
                heading = category;
                continue;
            }

            if (heading is null || line.Length == 0)
            {
                continue;
            }

            foreach (var benchmark in fixture.Dataset.Benchmarks)
            {
                if (new[] { benchmark.Name }.Concat(benchmark.Aliases).Any(name => line.StartsWith(name, StringComparison.OrdinalIgnoreCase)))
                {
                    headings.TryAdd(benchmark.Id, heading);
                }
            }
        }

        return headings;
    }
}
