using ModelBot.Core.Dataset;

namespace ModelBot.Core.Queries;

/// <summary>Assembles a comparison from the precomputed figures: shared rows, partial rows, leaders, sources.</summary>
internal static class ComparisonBuilder
{
    public static ComparisonReport Build(QueryIndex index, IReadOnlyList<Model> models)
    {
        var rows = new List<ComparisonRow>();
        var partialRows = new List<ComparisonRow>();
        var anyDisagreement = false;
        foreach (var table in index.Benchmarks)
        {
            foreach (var setting in table.Settings)
            {
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

                var row = BuildRow(table.Benchmark, setting, models, present);
                anyDisagreement |= row.HasDisagreement;
                (present == models.Count ? rows : partialRows).Add(row);
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
            HasDisagreement = anyDisagreement,
        };
    }

    private static ComparisonRow BuildRow(Benchmark benchmark, SettingFigures setting, IReadOnlyList<Model> models, int present)
    {
        var figures = new ModelFigures?[models.Count];
        double? best = null;
        for (var m = 0; m < models.Count; m++)
        {
            if (!setting.ByModel.TryGetValue(models[m].Id, out var modelFigures))
            {
                continue;
            }

            figures[m] = modelFigures;
            var value = modelFigures.Figure.Value;
            if (best is null || IsBetter(benchmark, value, best.Value))
            {
                best = value;
            }
        }

        var cells = new ComparisonCell[models.Count];
        var leaders = new List<string>(1);
        var disagreement = false;
        var disputed = false;
        for (var m = 0; m < models.Count; m++)
        {
            var modelFigures = figures[m];
            if (modelFigures is null)
            {
                cells[m] = new ComparisonCell { Model = models[m], Figures = [] };
                continue;
            }

            var leads = present >= 2 && modelFigures.Figure.Value.Equals(best);
            if (leads)
            {
                leaders.Add(models[m].Id);
            }

            disagreement |= modelFigures.HasDisagreement;
            disputed |= modelFigures.HasDisputed;
            cells[m] = new ComparisonCell
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
            foreach (var cell in row.Cells)
            {
                sources.AddAll(cell.Figures);
            }
        }
    }
}
