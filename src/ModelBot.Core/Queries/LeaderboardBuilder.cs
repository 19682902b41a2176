using ModelBot.Core.Dataset;

namespace ModelBot.Core.Queries;

/// <summary>Ranks a benchmark's figures, per setting, honouring its direction.</summary>
internal static class LeaderboardBuilder
{
    public static LeaderboardReport Build(CuratedDataset dataset, BenchmarkFiguresIndex table)
    {
        var sources = new SourceList(dataset);
        var sections = new List<LeaderboardSection>(table.Settings.Length);
        var settings = new List<string>(table.Settings.Length);
        foreach (var setting in table.Settings)
        {
            if (setting.RanksWith is not null)
            {
                continue;
            }

            // Figures in a model's own mode rank beside the others (see QueryIndex.LinkOwnModes).
            var ranked = new List<ModelFigures>(setting.ByModel.Values);
            foreach (var other in table.Settings)
            {
                if (ReferenceEquals(other.RanksWith, setting))
                {
                    ranked.AddRange(other.ByModel.Values);
                }
            }

            var section = Rank(table.Benchmark, setting.Setting, ranked);
            foreach (var entry in section.Entries)
            {
                sources.AddAll(entry.Figures);
            }

            sections.Add(section);
            settings.Add(setting.Setting);
        }

        var missing = new List<Model>();
        foreach (var model in dataset.Models)
        {
            if (!table.Settings.Any(s => s.ByModel.ContainsKey(model.Id)))
            {
                missing.Add(model);
            }
        }

        return new LeaderboardReport
        {
            Benchmark = table.Benchmark,
            Sections = sections,
            AvailableSettings = settings,
            MissingModels = missing,
            Sources = sources.ToArray(),
        };
    }


    private static LeaderboardSection Rank(Benchmark benchmark, string setting, List<ModelFigures> ordered)
    {
        ordered.Sort((left, right) => Compare(benchmark, left, right));
        var entries = new List<LeaderboardEntry>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var value = ordered[i].Figure.Value;
            var rank = i > 0 && ordered[i - 1].Figure.Value.Equals(value) ? entries[i - 1].Rank : i + 1;
            var tied = (i > 0 && ordered[i - 1].Figure.Value.Equals(value))
                || (i + 1 < ordered.Count && ordered[i + 1].Figure.Value.Equals(value));
            entries.Add(new LeaderboardEntry
            {
                Rank = rank,
                Model = ordered[i].Model,
                Figure = ordered[i].Figure,
                Figures = ordered[i].Figures,
                IsTied = tied,
                HasDisagreement = ordered[i].HasDisagreement,
            });
        }

        return new LeaderboardSection(setting, entries);
    }

    private static int Compare(Benchmark benchmark, ModelFigures left, ModelFigures right)
    {
        var byValue = left.Figure.Value.CompareTo(right.Figure.Value);
        if (byValue != 0)
        {
            return benchmark.Direction == Direction.LowerIsBetter ? byValue : -byValue;
        }

        var byName = string.Compare(left.Model.Name, right.Model.Name, StringComparison.OrdinalIgnoreCase);
        return byName != 0 ? byName : string.CompareOrdinal(left.Model.Id, right.Model.Id);
    }
}
