using ModelBot.Core.Dataset;

namespace ModelBot.Core.Names;

/// <summary>
/// Resolves model and benchmark names typed by people: ids, display names and aliases, insensitive to case, spaces
/// and punctuation; prefix and family matches; "did you mean" suggestions; autocomplete; names inside free text.
/// Built once per dataset version; thread-safe and immutable.
/// </summary>
public sealed class NameResolver
{
    /// <summary>Discord's limit on autocomplete choices, the most <see cref="CompleteModels"/> returns.</summary>
    public const int MaximumCompletions = 25;

    private readonly NameIndex<Model> _models;
    private readonly NameIndex<Benchmark> _benchmarks;

    /// <summary>Builds the indexes for a loaded dataset.</summary>
    public NameResolver(CuratedDataset dataset)
        : this(dataset.Models, dataset.Benchmarks)
    {
    }

    /// <summary>Builds the indexes for models and benchmarks that may not be validated yet (the loader's suggestions).</summary>
    public NameResolver(IReadOnlyList<Model> models, IReadOnlyList<Benchmark> benchmarks)
    {
        _models = new NameIndex<Model>(models, m => m.Id, m => m.Name, m => m.Spellings.Count == 0 ? m.Aliases : [.. m.Aliases, .. m.Spellings]);
        _benchmarks = new NameIndex<Benchmark>(benchmarks, b => b.Id, b => b.Name, b => b.Aliases);
        _familyWords = new(() => models.Select(m => m.Name).Concat(benchmarks.Select(b => b.Name))
            .Select(name => name.Split(' ')[0])
            .Where(word => word.Length >= 5)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .GroupBy(word => char.ToLowerInvariant(word[0]))
            .ToDictionary(g => g.Key, g => g.ToArray()));
    }

    private readonly Lazy<IReadOnlyDictionary<char, string[]>> _familyWords;

    /// <summary>Resolves a model name ("GPT 5.4", "opus 4.6", "Avocado").</summary>
    public Resolution<Model> ResolveModel(string name) => _models.Resolve(name);

    /// <summary>Resolves a benchmark name ("arc agi 2", "HLE").</summary>
    public Resolution<Benchmark> ResolveBenchmark(string name) => _benchmarks.Resolve(name);

    /// <summary>
    /// Whether <paramref name="name"/> names a model (exactly, as a prefix or a family; one or several): what
    /// <c>ResolveModel(name).Status != NotFound</c> tells, without looking for "did you mean" suggestions.
    /// </summary>
    public bool KnowsModel(string name) => _models.TryResolve(name) is not null;

    /// <summary>Whether <paramref name="name"/> names a benchmark, as <see cref="KnowsModel"/> for models.</summary>
    public bool KnowsBenchmark(string name) => _benchmarks.TryResolve(name) is not null;

    /// <summary>Models whose names are close to <paramref name="name"/>, best first; with <paramref name="sameStart"/>, only names, ids or aliases starting with its first letter.</summary>
    public IReadOnlyList<Model> SuggestModels(string name, bool sameStart = false) => sameStart ? _models.SuggestSameStart(name) : _models.Suggest(name);

    /// <summary>Benchmarks whose names are close to <paramref name="name"/>, best first; <paramref name="sameStart"/> as for models.</summary>
    public IReadOnlyList<Benchmark> SuggestBenchmarks(string name, bool sameStart = false) => sameStart ? _benchmarks.SuggestSameStart(name) : _benchmarks.Suggest(name);

    /// <summary>
    /// The first words of model and benchmark names ("Gemini", "Claude", "Terminal"), five letters or more, each once,
    /// by lower-case first letter: a misspelt family word is put right against these (made on first use).
    /// </summary>
    public IReadOnlyDictionary<char, string[]> FamilyWords => _familyWords.Value;

    /// <summary>Models ranked for autocomplete of <paramref name="partial"/> (all models, in dataset order, when empty).</summary>
    public IReadOnlyList<Model> CompleteModels(string partial, int max = MaximumCompletions) =>
        _models.Complete(partial, Math.Min(max, MaximumCompletions));

    /// <summary>Benchmarks ranked for autocomplete of <paramref name="partial"/> (all benchmarks, in dataset order, when empty).</summary>
    public IReadOnlyList<Benchmark> CompleteBenchmarks(string partial, int max = MaximumCompletions) =>
        _benchmarks.Complete(partial, Math.Min(max, MaximumCompletions));

    /// <summary>
    /// Model and benchmark names inside a sentence ("how does Gemma 4 compare to Llama 4?", "Muse Spark's context
    /// window"), longest match first, left to right, in text order.
    /// </summary>
    public IReadOnlyList<NameMention> FindMentions(string text) => MentionFinder.Find(text, _models, _benchmarks);

    /// <summary>
    /// Splits an unquoted list of model names ("gemini 3.1 pro claude opus 4.6 gpt-5.4", "opus vs gpt-5.4") into one
    /// resolution per name, taking the longest name that matches at each position; words that match nothing are
    /// kept together as one not-found resolution with suggestions.
    /// </summary>
    public IReadOnlyList<Resolution<Model>> ResolveModelList(string text) => NameListSplitter.Split(text, _models);
}
