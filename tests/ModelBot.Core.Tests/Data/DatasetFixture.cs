using ModelBot.Core.Dataset;
using ModelBot.Core.Loading;

namespace ModelBot.Core.Tests.Data;

/// <summary>
/// The repository's curated dataset, loaded through the production <see cref="DatasetLoader"/> (so any validation
/// error fails the dataset tests), and its seed articles; read once per test class.
/// </summary>
public sealed class DatasetFixture
{
    /// <summary>Source id of Meta's official benchmark table (seed 004).</summary>
    public const string OfficialTableSource = "dayahimour-muse-spark";

    public DatasetFixture()
    {
        var loaded = new DatasetLoader().Load(RepoPaths.DataDirectory);
        if (!loaded.IsValid)
        {
            throw new InvalidDataException("data/ does not validate:" + Environment.NewLine + string.Join(Environment.NewLine, loaded.Errors));
        }

        Dataset = loaded.Dataset;
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
