namespace ModelBot.Core.Dataset;

/// <summary>A loaded, validated, immutable dataset. Swapped whole on reload.</summary>
public sealed class CuratedDataset
{
    public CuratedDataset(IReadOnlyList<Model> models, IReadOnlyList<Benchmark> benchmarks, IReadOnlyList<Source> sources, IReadOnlyList<Result> results)
    {
        Models = models;
        Benchmarks = benchmarks;
        Sources = sources;
        Results = results;
        ModelsById = models.ToDictionary(m => m.Id, StringComparer.Ordinal);
        BenchmarksById = benchmarks.ToDictionary(b => b.Id, StringComparer.Ordinal);
        SourcesById = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        ResultsByModel = results.GroupBy(r => r.Model).ToDictionary(g => g.Key, g => (IReadOnlyList<Result>)g.ToArray(), StringComparer.Ordinal);
        Modes = [.. models.SelectMany(m => m.Modes).Distinct(StringComparer.OrdinalIgnoreCase)];
        ModePhrases = new([.. Modes.Select(m => (m, m))]);
        _vendorPhrases = new(() => new([.. models.Select(m => m.Vendor).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Select(v => (v, v))]));
        ResultsByBenchmark = results.GroupBy(r => r.Benchmark).ToDictionary(g => g.Key, g => (IReadOnlyList<Result>)g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The words questions use for topics, facts, evaluators and operations (data/vocabulary.yaml).</summary>
    public Phrasing.QuestionVocabulary Vocabulary { get; init; } = Phrasing.QuestionVocabulary.Empty;

    public IReadOnlyList<Model> Models { get; }
    /// <summary>Every mode some model has ("Contemplating", "Deep Think"), each once.</summary>
    public IReadOnlyList<string> Modes { get; }

    /// <summary>The modes as phrases to find in questions.</summary>
    public Phrasing.PhraseSet<string> ModePhrases { get; }

    // Made on the first question that asks for a maker, not on every load (validation never needs it).
    private readonly Lazy<Phrasing.PhraseSet<string>> _vendorPhrases;

    /// <summary>The makers of the dataset's models ("Google", "Meta"), each once, as phrases to find in questions.</summary>
    public Phrasing.PhraseSet<string> VendorPhrases => _vendorPhrases.Value;
    public IReadOnlyList<Benchmark> Benchmarks { get; }
    public IReadOnlyList<Source> Sources { get; }
    public IReadOnlyList<Result> Results { get; }
    public IReadOnlyDictionary<string, Model> ModelsById { get; }
    public IReadOnlyDictionary<string, Benchmark> BenchmarksById { get; }
    public IReadOnlyDictionary<string, Source> SourcesById { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<Result>> ResultsByModel { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<Result>> ResultsByBenchmark { get; }
}
