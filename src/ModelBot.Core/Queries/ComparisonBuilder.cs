using ModelBot.Core.Dataset;

namespace ModelBot.Core.Queries;

/// <summary>Assembles a comparison from the precomputed figures: shared rows, partial rows, leaders, sources.</summary>
internal static class ComparisonBuilder
{
    /// <summary>
    /// The comparison on every benchmark, on <paramref name="only"/> when given, or on the benchmarks in
    /// <paramref name="within"/> when given (a topic such as coding).
    /// </summary>
    public static ComparisonReport Build(QueryIndex index, IReadOnlyList<Model> models, Benchmark? only = null, IReadOnlySet<string>? within = null)
    {
        var rows = new List<ComparisonRow>();
        var partialRows = new List<ComparisonRow>();
        var soleLeaders = new string[models.Count][];
        var anyDisagreement = false;
        // Only the benchmarks the models have figures on (a table none of them is in gives no row).
        IEnumerable<BenchmarkFiguresIndex> tables = only is not null && index.Positions.TryGetValue(only.Id, out var position) ? [index.Benchmarks[position]] : index.TablesOf(models);
        foreach (var table in tables)
        {
            if ((only is not null && table.Benchmark.Id != only.Id) || (within is not null && !within.Contains(table.Benchmark.Id)))
            {
                continue;
            }

            foreach (var tableSetting in table.Settings)
            {
                var setting = WithBaseFigures(tableSetting, models);
                if (setting is null)
                {
                    continue;
                }

                var present = 0;
                for (var m = 0; m < models.Count; m++)
                {
                    if (setting.ByModel.ContainsKey(models[m].Id))
                    {
                        present++;
                    }
                }

                if (present == 0)
                {
                    continue;
                }

                var row = BuildRow(table.Benchmark, setting, models, present, soleLeaders);
                anyDisagreement |= row.HasDisagreement;
                var shared = present == models.Count && !UnlikeRuns(table, setting, models);
                (shared ? rows : partialRows).Add(row);
            }
        }

        var sources = new SourceList(index.Dataset);
        AddSources(sources, rows);
        AddSources(sources, partialRows);
        return new ComparisonReport
        {
            Models = models,
            Rows = rows,
            PartialRows = partialRows,
            Sources = sources.ToArray(),
            Benchmark = only,
            HasDisagreement = anyDisagreement,
        };
    }

    /// <summary>
    /// The setting's figures; for one in a model's own mode ("no tools, Contemplating"), completed with the other
    /// models' base-setting figures ("no tools") from the same article, as 002 sets Muse Spark's Contemplating 50.2
    /// against Gemini Deep Think's 48.4. Null when none of <paramref name="models"/> has a figure in that setting itself.
    /// </summary>
    private static SettingFigures? WithBaseFigures(SettingFigures setting, IReadOnlyList<Model> models)
    {
        if (setting.RanksWith is not { } baseSetting)
        {
            return setting;
        }

        Dictionary<string, ModelFigures>? merged = null;
        foreach (var model in models)
        {
            if (setting.ByModel.ContainsKey(model.Id))
            {
                merged ??= new Dictionary<string, ModelFigures>(setting.ByModel, StringComparer.Ordinal);
            }
        }

        if (merged is null)
        {
            return null;
        }

        // Only figures the same article prints beside the own-mode ones: a gap no article sets out is not made up.
        var sources = new HashSet<string>(StringComparer.Ordinal);
        foreach (var figures in setting.ByModel.Values)
        {
            foreach (var figure in figures.Figures)
            {
                sources.Add(figure.Source);
            }
        }

        foreach (var model in models)
        {
            if (!merged.ContainsKey(model.Id) && baseSetting.ByModel.TryGetValue(model.Id, out var figures)
                && Array.FindAll(figures.Figures, f => sources.Contains(f.Source)) is { Length: > 0 } sameArticle)
            {
                merged[model.Id] = new ModelFigures(figures.Model, sameArticle);
            }
        }

        return new SettingFigures(setting.Setting, merged);
    }

    /// <summary>
    /// Like with like: a row that sets a special-mode run (Muse Spark's Contemplating run, "Gemini Deep Think", Claude Opus
    /// 4.7's Adaptive run) against a standard run: the figures stay listed, but not as a shared row whose lead or gap is
    /// counted. Special-mode runs against each other (Contemplating against Deep Think) are a shared row.
    /// </summary>
    private static bool UnlikeRuns(BenchmarkFiguresIndex table, SettingFigures setting, IReadOnlyList<Model> models)
    {
        var special = false;
        var standard = false;
        foreach (var model in models)
        {
            if (setting.ByModel.TryGetValue(model.Id, out var figures))
            {
                var isSpecial = ModelModeSetting.NamedMode(model) is not null || ModelModeSetting.Split(figures.Figure.Setting, model).Mode is not null;
                special |= isSpecial;
                standard |= !isSpecial;
            }
        }

        return special && standard;
    }

    /// <param name="soleLeaders">
    /// Per model, the one-element leader list of the rows it leads alone, made on first use and shared by those rows
    /// (most rows have one leader; the lists are read-only).
    /// </param>
    private static ComparisonRow BuildRow(Benchmark benchmark, SettingFigures setting, IReadOnlyList<Model> models, int present, string[][] soleLeaders)
    {
        // Three short passes over two or three models instead of temporary collections: this runs per request.
        var best = double.NaN;
        for (var m = 0; m < models.Count; m++)
        {
            if (setting.ByModel.TryGetValue(models[m].Id, out var modelFigures)
                && (double.IsNaN(best) || IsBetter(benchmark, modelFigures.Figure.Value, best)))
            {
                best = modelFigures.Figure.Value;
            }
        }

        var leaderCount = 0;
        if (present >= 2)
        {
            for (var m = 0; m < models.Count; m++)
            {
                if (setting.ByModel.TryGetValue(models[m].Id, out var modelFigures) && modelFigures.Figure.Value.Equals(best))
                {
                    leaderCount++;
                }
            }
        }

        var cells = new ComparisonCell[models.Count];
        var leaders = leaderCount <= 1 ? [] : new string[leaderCount];
        var leaderIndex = 0;
        var disagreement = false;
        var disputed = false;
        for (var m = 0; m < models.Count; m++)
        {
            if (!setting.ByModel.TryGetValue(models[m].Id, out var modelFigures))
            {
                cells[m] = new ComparisonCell { Model = models[m], Figures = [] };
                continue;
            }

            var leads = leaderCount > 0 && modelFigures.Figure.Value.Equals(best);
            if (leads && leaderCount == 1)
            {
                leaders = soleLeaders[m] ??= [models[m].Id];
            }
            else if (leads)
            {
                leaders[leaderIndex++] = models[m].Id;
            }

            disagreement |= modelFigures.HasDisagreement;
            disputed |= modelFigures.HasDisputed;
            cells[m] = ReferenceEquals(modelFigures.Model, models[m])
                ? modelFigures.Cell(leads)
                : new ComparisonCell
                {
                    Model = models[m],
                    Figures = modelFigures.Figures,
                    Figure = modelFigures.Figure,
                    IsLeader = leads,
                    HasDisagreement = modelFigures.HasDisagreement,
                    HasDisputed = modelFigures.HasDisputed,
                };
        }

        return new ComparisonRow
        {
            Benchmark = benchmark,
            Setting = setting.Setting,
            Cells = cells,
            LeaderIds = leaders,
            HasDisagreement = disagreement,
            HasDisputed = disputed,
        };
    }

    private static bool IsBetter(Benchmark benchmark, double value, double than) =>
        benchmark.Direction == Direction.LowerIsBetter ? value < than : value > than;

    private static void AddSources(SourceList sources, List<ComparisonRow> rows)
    {
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Cells.Count; c++)
            {
                sources.AddAll(row.Cells[c].Figures);
            }
        }
    }
}
