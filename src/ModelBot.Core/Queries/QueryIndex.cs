using ModelBot.Core.Dataset;
using ModelBot.Core.Names;

namespace ModelBot.Core.Queries;

/// <summary>
/// Everything the queries need from one dataset version, computed once: figures by benchmark, setting and model,
/// every leaderboard and every profile. Requests then only look up and, for comparisons, assemble rows.
/// </summary>
internal sealed class QueryIndex
{
    public QueryIndex(CuratedDataset dataset)
    {
        Dataset = dataset;
        var sourceOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < dataset.Sources.Count; i++)
        {
            sourceOrder[dataset.Sources[i].Id] = i;
        }

        // Each benchmark's table, leaderboard and each model's profile depend on nothing else: built in parallel.
        var built = new BenchmarkFiguresIndex[dataset.Benchmarks.Count];
        Parallel.For(0, built.Length, i => built[i] = BuildTable(dataset, dataset.Benchmarks[i], sourceOrder));
        var tables = new List<BenchmarkFiguresIndex>(built);
        Benchmarks = built;
        Positions = new Dictionary<string, int>(tables.Count, StringComparer.Ordinal);
        for (var i = 0; i < tables.Count; i++)
        {
            Positions[tables[i].Benchmark.Id] = i;
        }

        var boards = new LeaderboardReport[built.Length];
        Parallel.For(0, boards.Length, i => boards[i] = LeaderboardBuilder.Build(dataset, built[i]));
        Leaderboards = new Dictionary<string, LeaderboardReport>(boards.Length, StringComparer.Ordinal);
        foreach (var board in boards)
        {
            Leaderboards.Add(board.Benchmark.Id, board);
        }

        var figuresByModel = FiguresByModel(tables);
        var profiles = new ModelProfileReport[dataset.Models.Count];
        Parallel.For(0, profiles.Length, i => profiles[i] = BuildProfile(dataset, dataset.Models[i], figuresByModel.GetValueOrDefault(dataset.Models[i].Id)));
        Profiles = new Dictionary<string, ModelProfileReport>(profiles.Length, StringComparer.Ordinal);
        foreach (var profile in profiles)
        {
            Profiles.Add(profile.Model.Id, profile);
        }
    }

    public CuratedDataset Dataset { get; }

    /// <summary>Per benchmark, in dataset order.</summary>
    public BenchmarkFiguresIndex[] Benchmarks { get; }

    /// <summary>The position of each benchmark's table in <see cref="Benchmarks"/>, by benchmark id.</summary>
    public Dictionary<string, int> Positions { get; }

    /// <summary>
    /// The tables some of <paramref name="models"/> have figures in, in dataset order (from their profiles): what a
    /// comparison reads, without a pass over every benchmark of the dataset.
    /// </summary>
    public IEnumerable<BenchmarkFiguresIndex> TablesOf(IReadOnlyList<Model> models)
    {
        var positions = new List<int>();
        foreach (var model in models)
        {
            if (Profiles.TryGetValue(model.Id, out var profile))
            {
                foreach (var group in profile.Benchmarks)
                {
                    positions.Add(Positions[group.Benchmark.Id]);
                }
            }
        }

        positions.Sort();
        for (var i = 0; i < positions.Count; i++)
        {
            if (i == 0 || positions[i] != positions[i - 1])
            {
                yield return Benchmarks[positions[i]];
            }
        }
    }

    /// <summary>Every leaderboard with all its settings, by benchmark id.</summary>
    public Dictionary<string, LeaderboardReport> Leaderboards { get; }

    /// <summary>Every profile, by model id.</summary>
    public Dictionary<string, ModelProfileReport> Profiles { get; }

    private static BenchmarkFiguresIndex BuildTable(CuratedDataset dataset, Benchmark benchmark, Dictionary<string, int> sourceOrder)
    {
        var settings = new List<(string Key, string Setting, Dictionary<string, List<Result>> ByModel)>();
        // A benchmark's results share a few settings: each normalised once.
        var keys = new NameKeyCache();
        if (dataset.ResultsByBenchmark.TryGetValue(benchmark.Id, out var results))
        {
            foreach (var result in results)
            {
                var key = keys.Of(result.Setting);
                var index = IndexOf(settings, key);
                if (index < 0)
                {
                    settings.Add((key, result.Setting, new Dictionary<string, List<Result>>(StringComparer.Ordinal)));
                    index = settings.Count - 1;
                }

                var byModel = settings[index].ByModel;
                if (!byModel.TryGetValue(result.Model, out var figures))
                {
                    byModel[result.Model] = figures = [];
                }

                figures.Add(result);
            }
        }

        FoldOwnModes(dataset, settings);
        var built = new List<SettingFigures>(settings.Count);
        foreach (var (_, setting, byModel) in settings)
        {
            var models = new Dictionary<string, ModelFigures>(StringComparer.Ordinal);
            foreach (var (modelId, figures) in byModel)
            {
                if (!dataset.ModelsById.TryGetValue(modelId, out var model))
                {
                    continue;
                }

                var ordered = figures.Count == 1
                    ? [figures[0]]
                    : figures.OrderBy(f => sourceOrder.GetValueOrDefault(f.Source, int.MaxValue)).ThenBy(f => f.Line).ToArray();
                models[modelId] = new ModelFigures(model, ordered);
            }

            built.Add(new SettingFigures(setting, models));
        }

        LinkOwnModes(built);
        return new BenchmarkFiguresIndex(benchmark, [.. built]);
    }

    private static int IndexOf(List<(string Key, string Setting, Dictionary<string, List<Result>> ByModel)> settings, string key)
    {
        for (var i = 0; i < settings.Count; i++)
        {
            if (settings[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Puts a figure measured in one of its model's own modes ("with tools, Contemplating" for Muse Spark) in the
    /// ranking of its base setting ("with tools") when that model has no plain figure there. Meta's table prints
    /// Muse Spark's Contemplating figure in one row with the others' with-tools figures; a section of its own would
    /// have Muse Spark "lead" a one-model ranking and be missing from the with-tools one. Likewise a figure whose setting
    /// is just the model's mode (Claude Opus 4.7 "Adaptive") ranks with the "default" ones. The figure keeps its setting.
    /// </summary>
    private static void FoldOwnModes(CuratedDataset dataset, List<(string Key, string Setting, Dictionary<string, List<Result>> ByModel)> settings)
    {
        for (var s = settings.Count - 1; s >= 0; s--)
        {
            var (_, setting, byModel) = settings[s];
            foreach (var modelId in byModel.Keys.ToArray())
            {
                if (!dataset.ModelsById.TryGetValue(modelId, out var model)
                    || ModelModeSetting.Split(setting, model) is not (var rest, not null))
                {
                    continue;
                }

                var baseKey = NameKey.Normalize(rest);
                var target = settings.FindIndex(t => t.Key == baseKey);
                if (target >= 0 && target != s && !settings[target].ByModel.ContainsKey(modelId))
                {
                    settings[target].ByModel[modelId] = byModel[modelId];
                    byModel.Remove(modelId);
                }
            }

            if (byModel.Count == 0)
            {
                settings.RemoveAt(s);
            }
        }
    }

    /// <summary>
    /// Links a setting to the one it ranks and compares with: "no tools, Contemplating" with "no tools" when
    /// Contemplating is the own mode of every model with a figure in it (002's row "HLE No Tools (Contemplating)":
    /// Muse Spark 50.2 against Gemini Deep Think 48.4). Such a figure appears beside the model's plain one, labelled.
    /// </summary>
    private static void LinkOwnModes(List<SettingFigures> settings)
    {
        for (var i = 0; i < settings.Count; i++)
        {
            if (OwnModeBase(settings[i]) is not { } baseKey)
            {
                continue;
            }

            var target = settings.FindIndex(s => NameKey.Normalize(s.Setting) == baseKey);
            if (target >= 0 && target != i)
            {
                settings[i].RanksWith = settings[target];
            }
        }
    }

    /// <summary>The normalised base setting when every model with a figure in <paramref name="setting"/> ran in one of its own modes, else null.</summary>
    private static string? OwnModeBase(SettingFigures setting)
    {
        string? baseKey = null;
        foreach (var figures in setting.ByModel.Values)
        {
            if (ModelModeSetting.Split(setting.Setting, figures.Model) is not (var rest, not null))
            {
                return null;
            }

            var key = NameKey.Normalize(rest);
            if (baseKey is not null && baseKey != key)
            {
                return null;
            }

            baseKey = key;
        }

        return baseKey;
    }

    /// <summary>
    /// Every model's figures grouped by benchmark, in one pass over the tables: benchmarks in dataset order, within a
    /// benchmark its settings in order (what a scan of every table per model gives, without models × benchmarks lookups).
    /// </summary>
    private static Dictionary<string, List<BenchmarkFigures>> FiguresByModel(List<BenchmarkFiguresIndex> tables)
    {
        var byModel = new Dictionary<string, List<BenchmarkFigures>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            foreach (var setting in table.Settings)
            {
                foreach (var (modelId, modelFigures) in setting.ByModel)
                {
                    if (!byModel.TryGetValue(modelId, out var groups))
                    {
                        byModel[modelId] = groups = [];
                    }

                    if (groups.Count == 0 || !ReferenceEquals(groups[^1].Benchmark, table.Benchmark))
                    {
                        groups.Add(new BenchmarkFigures(table.Benchmark, new List<Result>()));
                    }

                    ((List<Result>)groups[^1].Figures).AddRange(modelFigures.Figures);
                }
            }
        }

        return byModel;
    }

    private static ModelProfileReport BuildProfile(CuratedDataset dataset, Model model, List<BenchmarkFigures>? groups)
    {
        var sources = new SourceList(dataset);
        foreach (var id in model.Sources)
        {
            sources.Add(id);
        }

        var factSources = sources.ToArray();
        groups ??= [];
        foreach (var group in groups)
        {
            sources.AddAll(group.Figures);
        }

        return new ModelProfileReport
        {
            Model = model,
            Facts = ModelFacts.All(model, factSources),
            Benchmarks = groups,
            Sources = sources.ToArray(),
        };
    }
}
