using System.Text.RegularExpressions;
using ModelBot.Core.Dataset;

namespace ModelBot.Core.Tests.Data;

/// <summary>
/// The shape of <c>data/results</c>: short passages, one results file per seed article, one figure per cell, known ids.
/// Whether each passage occurs in its seed article and writes its figure is checked by
/// <see cref="Provenance.ResultPassageProvenanceTests"/>.
/// </summary>
public sealed partial class ResultPassageTests(DatasetFixture fixture) : IClassFixture<DatasetFixture>
{
    [Fact]
    public void Results_EveryPassage_IsShort()
    {
        const int MaxPassageLength = 240;

        fixture.Dataset.Results.Where(r => r.Passage.Length > MaxPassageLength).Select(Describe).ShouldBeEmpty();
    }

    [Fact]
    public void Sources_EverySeedArticle_HasExactlyOneSourceWithAResultsFile()
    {
        var seedFiles = Directory.GetFiles(RepoPaths.SeedsDirectory, "*.txt").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        var resultsFiles = Directory.GetFiles(Path.Combine(RepoPaths.DataDirectory, "results"), "*.yaml")
            .Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();

        seedFiles.Count.ShouldBe(5);
        fixture.Dataset.Sources.Select(s => s.File).Order(StringComparer.Ordinal).ShouldBe(seedFiles);
        resultsFiles.ShouldBe(fixture.Dataset.Sources.Select(s => s.Id).Order(StringComparer.Ordinal).ToList());
        fixture.Dataset.Sources.ShouldAllBe(s => fixture.Dataset.Results.Any(r => r.Source == s.Id));
    }

    [Fact]
    public void Results_WithinOneSource_HaveOneFigurePerModelBenchmarkAndSetting()
    {
        var duplicates = fixture.Dataset.Results
            .GroupBy(r => (r.Source, r.Model, r.Benchmark, r.Setting))
            .Where(g => g.Count() > 1)
            .Select(g => g.Key.ToString())
            .ToList();

        duplicates.ShouldBeEmpty();
    }

    [Fact]
    public void Results_ReferToKnownModelsBenchmarksAndSources()
    {
        var dataset = fixture.Dataset;

        dataset.Results.Where(r => !dataset.ModelsById.ContainsKey(r.Model)
                                   || !dataset.BenchmarksById.ContainsKey(r.Benchmark)
                                   || !dataset.SourcesById.ContainsKey(r.Source))
            .Select(Describe)
            .ShouldBeEmpty();
    }

    [Fact]
    public void Results_PercentValues_AreBetween0And100()
    {
        var dataset = fixture.Dataset;

        dataset.Results
            .Where(r => dataset.BenchmarksById[r.Benchmark].Unit == Unit.Percent && r.Value is < 0 or > 100)
            .Select(Describe)
            .ShouldBeEmpty();
    }

    [Fact]
    public void Results_EvaluatorAndSetting_AreAlwaysGiven()
    {
        fixture.Dataset.Results
            .Where(r => string.IsNullOrWhiteSpace(r.Evaluator) || string.IsNullOrWhiteSpace(r.Setting))
            .Select(Describe)
            .ShouldBeEmpty();
    }

    [Fact]
    public void Ids_AreLowercaseKebabCase()
    {
        var dataset = fixture.Dataset;
        var ids = dataset.Models.Select(m => m.Id)
            .Concat(dataset.Benchmarks.Select(b => b.Id))
            .Concat(dataset.Sources.Select(s => s.Id));

        ids.Where(id => !KebabId().IsMatch(id)).ShouldBeEmpty();
    }

    private static string Describe(Result r) => $"{r.Source}: {r.Model} / {r.Benchmark} / {r.Setting} = {PassageText.Format(r.Value)} «{r.Passage}»";

    [GeneratedRegex("^[a-z0-9]+(?:[.-][a-z0-9]+)*$")]
    private static partial Regex KebabId();
}
