using ModelBot.Core.Dataset;
using ModelBot.Core.Tests.Data.Reading;

namespace ModelBot.Core.Tests.Data;

/// <summary>The repository's curated dataset and its seed articles, read once per test class.</summary>
public sealed class DatasetFixture
{
    /// <summary>Source id of Meta's official benchmark table (seed 004).</summary>
    public const string OfficialTableSource = "dayahimour-muse-spark";

    public DatasetFixture()
    {
        Dataset = TestDatasetReader.Read(RepoPaths.DataDirectory);
        SeedTexts = Dataset.Sources.ToDictionary(s => s.Id, s => File.ReadAllText(RepoPaths.Seed(s.File)), StringComparer.Ordinal);
    }

    public CuratedDataset Dataset { get; }

    /// <summary>Seed article text by source id.</summary>
    public IReadOnlyDictionary<string, string> SeedTexts { get; }

    /// <summary>Results whose source is the given seed file.</summary>
    public IEnumerable<Result> ResultsFromSeed(string seedFile) =>
        Dataset.Results.Where(r => Dataset.SourcesById[r.Source].File == seedFile);

    /// <summary>The official-table figure for the same model, benchmark and setting, if the table gives one.</summary>
    public Result? OfficialFigureFor(Result result) =>
        Dataset.Results.SingleOrDefault(o =>
            o.Source == OfficialTableSource && o.Evaluator == "Meta"
            && o.Model == result.Model && o.Benchmark == result.Benchmark && o.Setting == result.Setting);
}
