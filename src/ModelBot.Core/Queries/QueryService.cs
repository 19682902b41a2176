using ModelBot.Core.Dataset;
using ModelBot.Core.Loading;
using ModelBot.Core.Names;

namespace ModelBot.Core.Queries;

/// <summary>
/// Answers questions over the dataset in service: comparisons, leaderboards, profiles and model facts. Takes names
/// or ids as people type them, resolves them, and returns reports whose every figure carries its source. Unknown or
/// ambiguous input comes back as a <see cref="QueryFailure"/> with suggestions, never as an exception.
/// </summary>
public sealed class QueryService
{
    /// <summary>Most models one comparison takes.</summary>
    public const int MaximumComparedModels = 10;

    private readonly IDatasetProvider _provider;

    /// <summary>Creates the service over a dataset provider.</summary>
    public QueryService(IDatasetProvider provider) => _provider = provider;

    /// <summary>The name resolver of the dataset in service (autocomplete, mentions in free text).</summary>
    public NameResolver Names => _provider.Snapshot.Names;

    /// <summary>The dataset in service.</summary>
    public CuratedDataset Dataset => _provider.Snapshot.Dataset;

    /// <summary>Compares two or more models, each given by name, alias or id; on one benchmark when <paramref name="benchmark"/> is given.</summary>
    public QueryOutcome<ComparisonReport> Compare(IReadOnlyList<string> names, string? benchmark = null)
    {
        var (snapshot, index) = Current();
        if (!TryResolveFilter(snapshot, benchmark, out var only, out var failure))
        {
            return QueryOutcome.Fail<ComparisonReport>(failure);
        }

        return CompareResolved(index, ResolveEach(snapshot, names), only, within: null);
    }

    /// <summary>
    /// Compares two or more models, each given by name, alias or id, on the benchmarks whose ids are in
    /// <paramref name="benchmarkIds"/> only (a topic: "which is better at coding, muse spark or gpt-5.4?").
    /// </summary>
    public QueryOutcome<ComparisonReport> CompareWithin(IReadOnlyList<string> names, IReadOnlyCollection<string> benchmarkIds)
    {
        var (snapshot, index) = Current();
        return CompareResolved(index, ResolveEach(snapshot, names), only: null, new HashSet<string>(benchmarkIds, StringComparer.Ordinal));
    }

    /// <summary>Compares the models named in unquoted text ("opus 4.6 vs gpt-5.4") on the benchmarks in <paramref name="benchmarkIds"/> only.</summary>
    public QueryOutcome<ComparisonReport> CompareTextWithin(string text, IReadOnlyCollection<string> benchmarkIds)
    {
        var (snapshot, index) = Current();
        return CompareResolved(index, snapshot.Names.ResolveModelList(text), only: null, new HashSet<string>(benchmarkIds, StringComparer.Ordinal));
    }

    /// <summary>Every benchmark's leaderboard with all its settings, in dataset order (computed once per dataset version).</summary>
    public IReadOnlyList<LeaderboardReport> Leaderboards()
    {
        var (_, index) = Current();
        var reports = new LeaderboardReport[index.Benchmarks.Length];
        for (var i = 0; i < reports.Length; i++)
        {
            reports[i] = index.Leaderboards[index.Benchmarks[i].Benchmark.Id];
        }

        return reports;
    }

    /// <summary>Compares the models named in unquoted text ("gemini 3.1 pro claude opus 4.6 gpt-5.4", "opus 4.6 vs gpt-5.4").</summary>
    public QueryOutcome<ComparisonReport> CompareText(string text, string? benchmark = null)
    {
        var (snapshot, index) = Current();
        if (!TryResolveFilter(snapshot, benchmark, out var only, out var failure))
        {
            return QueryOutcome.Fail<ComparisonReport>(failure);
        }

        return CompareResolved(index, snapshot.Names.ResolveModelList(text), only, within: null);
    }

    /// <summary>The leaderboard of a benchmark: every setting, or only <paramref name="setting"/> when given.</summary>
    public QueryOutcome<LeaderboardReport> Leaderboard(string benchmark, string? setting = null)
    {
        var (snapshot, index) = Current();
        var resolution = snapshot.Names.ResolveBenchmark(benchmark);
        if (!resolution.IsFound)
        {
            return QueryOutcome.Fail<LeaderboardReport>(QueryFailures.Benchmark(resolution));
        }

        var report = index.Leaderboards[resolution.Value.Id];
        if (string.IsNullOrWhiteSpace(setting))
        {
            return QueryOutcome.Success(report);
        }

        var matches = SettingMatcher.Match(report.Sections, setting);
        if (matches.Count == 0 && SettingMatcher.MatchMode(report.Sections, setting) is ({ Count: > 0 } inMode, { } mode))
        {
            // A model's mode ("contemplating"): every section where an entrant ran in it, named by the mode when several.
            // Only that mode's runs: "HLE in Deep Think mode" is not Muse Spark's Contemplating run.
            var onlyMode = inMode.Select(s => s with { Entries = LeaderboardSection.Reranked([.. s.Entries.Where(e => string.Equals(e.Mode, mode, StringComparison.OrdinalIgnoreCase))]) }).ToList();
            // The standard runs of the same settings stay beside them, ranked apart: the scale a reader sets a
            // special-mode figure against ("50.4% with tools, Contemplating — and who beat it?").
            var shown = report.Sections.Where(s => !s.ModeRuns && onlyMode.Any(m => string.Equals(m.Setting, s.Setting, StringComparison.OrdinalIgnoreCase))).Concat(onlyMode).ToList();
            return QueryOutcome.Success(Showing(snapshot.Dataset, report, shown, onlyMode.Count == 1 ? onlyMode[0].Setting : mode) with { Mode = mode });
        }

        if (SettingMatcher.SettingCount(matches) != 1)
        {
            return QueryOutcome.Fail<LeaderboardReport>(QueryFailures.Setting(report, setting, matches));
        }

        return QueryOutcome.Success(Showing(snapshot.Dataset, report, matches, matches[0].Setting));
    }

    /// <summary>
    /// <paramref name="report"/> cut to <paramref name="sections"/>, with only the sources of the figures shown: a
    /// footnote must not list an article none of them comes from.
    /// </summary>
    private static LeaderboardReport Showing(CuratedDataset dataset, LeaderboardReport report, IReadOnlyList<LeaderboardSection> sections, string setting)
    {
        var sources = new SourceList(dataset);
        foreach (var section in sections)
        {
            foreach (var entry in section.Entries)
            {
                sources.AddAll(entry.Figures);
            }
        }

        return report with { Sections = sections, Setting = setting, Sources = sources.ToArray() };
    }

    /// <summary>A model's profile: its facts and its results grouped by benchmark.</summary>
    public QueryOutcome<ModelProfileReport> Profile(string model)
    {
        var (snapshot, index) = Current();
        var resolution = snapshot.Names.ResolveModel(model);
        return resolution.IsFound
            ? QueryOutcome.Success(index.Profiles[resolution.Value.Id])
            : QueryOutcome.Fail<ModelProfileReport>(QueryFailures.Model(resolution));
    }

    /// <summary>One fact about a model ("what is Muse Spark's context window?").</summary>
    public QueryOutcome<ModelFactReport> Fact(string model, ModelField field) => Facts(model, [field]);

    /// <summary>Some facts about a model, in the order asked ("is Muse Spark open source?": weights and licence).</summary>
    public QueryOutcome<ModelFactReport> Facts(string model, IReadOnlyList<ModelField> fields)
    {
        var (snapshot, index) = Current();
        var resolution = snapshot.Names.ResolveModel(model);
        if (!resolution.IsFound)
        {
            return QueryOutcome.Fail<ModelFactReport>(QueryFailures.Model(resolution));
        }

        if (fields.Count == 0)
        {
            return QueryOutcome.Fail<ModelFactReport>(new QueryFailure("Name a fact to look up, e.g. context window, licence or release date.", [])
            {
                Kind = QueryFailureKind.NothingToLookUp,
            });
        }

        var profile = index.Profiles[resolution.Value.Id];
        var factSources = FactSources(snapshot.Dataset, resolution.Value);
        var facts = new List<ModelFact>(fields.Count);
        var unknown = new List<ModelField>();
        foreach (var field in fields)
        {
            if (ModelFacts.Get(profile.Model, field, factSources) is { } fact)
            {
                if (!facts.Exists(f => f.Field == field))
                {
                    facts.Add(fact);
                }
            }
            else if (!unknown.Contains(field))
            {
                unknown.Add(field);
            }
        }

        // List only the sources the facts cite, so a footnote never points at an article that does not state them.
        var cited = facts.Count == 0 ? factSources : [.. factSources.Where(s => facts.Exists(f => f.Sources.Contains(s)))];
        return QueryOutcome.Success(new ModelFactReport { Model = profile.Model, Facts = facts, Unknown = unknown, Sources = cited });
    }

    private static Source[] FactSources(CuratedDataset dataset, Model model)
    {
        var sources = new SourceList(dataset);
        foreach (var id in model.Sources)
        {
            sources.Add(id);
        }

        return sources.ToArray();
    }

    private static Resolution<Model>[] ResolveEach(DatasetSnapshot snapshot, IReadOnlyList<string> names)
    {
        var resolutions = new Resolution<Model>[names.Count];
        for (var i = 0; i < resolutions.Length; i++)
        {
            resolutions[i] = snapshot.Names.ResolveModel(names[i]);
        }

        return resolutions;
    }

    /// <summary>
    /// The one path of every comparison: the first unresolved name fails it, repeats count once, the model count is
    /// checked, then the rows are built on every benchmark, on <paramref name="only"/>, or on those in <paramref name="within"/>.
    /// </summary>
    private static QueryOutcome<ComparisonReport> CompareResolved(QueryIndex index, IReadOnlyList<Resolution<Model>> resolutions, Benchmark? only, IReadOnlySet<string>? within)
    {
        var models = new List<Model>(resolutions.Count);
        for (var i = 0; i < resolutions.Count; i++)
        {
            var resolution = resolutions[i];
            if (!resolution.IsFound)
            {
                return QueryOutcome.Fail<ComparisonReport>(QueryFailures.Model(resolution));
            }

            AddDistinct(models, resolution.Value);
        }

        if (models.Count < 2 || models.Count > MaximumComparedModels)
        {
            return QueryOutcome.Fail<ComparisonReport>(QueryFailures.ModelCount(models.Count));
        }

        return QueryOutcome.Success(ComparisonBuilder.Build(index, models, only, within));
    }

    // No filter is fine; a filter must name one benchmark, or the whole comparison fails with its suggestions.
    private static bool TryResolveFilter(DatasetSnapshot snapshot, string? benchmark, out Benchmark? only, out QueryFailure failure)
    {
        only = null;
        failure = null!;
        if (string.IsNullOrWhiteSpace(benchmark))
        {
            return true;
        }

        var resolution = snapshot.Names.ResolveBenchmark(benchmark);
        if (!resolution.IsFound)
        {
            failure = QueryFailures.Benchmark(resolution);
            return false;
        }

        only = resolution.Value;
        return true;
    }

    // A loop, not List.Exists with a lambda: that would allocate a closure per name of every comparison.
    private static void AddDistinct(List<Model> models, Model model)
    {
        for (var i = 0; i < models.Count; i++)
        {
            if (models[i].Id == model.Id)
            {
                return;
            }
        }

        models.Add(model);
    }

    // The snapshot carries its query index, built before it went into service: a request never builds one.
    private (DatasetSnapshot Snapshot, QueryIndex Index) Current()
    {
        var snapshot = _provider.Snapshot;
        return (snapshot, snapshot.Queries);
    }
}
