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
        var foldedInto = OwnModeTargets(dataset, table.Settings);
        for (var i = 0; i < table.Settings.Length; i++)
        {
            if (foldedInto[i] >= 0)
            {
                continue;
            }

            var setting = table.Settings[i];
            var ranked = new List<ModelFigures>(setting.ByModel.Values);
            for (var j = 0; j < table.Settings.Length; j++)
            {
                if (foldedInto[j] == i)
                {
                    ranked.AddRange(table.Settings[j].ByModel.Values);
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

    /// <summary>
    /// Per setting, the setting it ranks in instead, or -1: "no tools, Contemplating" ranks in "no tools" when
    /// Contemplating is the own mode of every model with a figure in it (002's row "HLE No Tools (Contemplating)":
    /// Muse Spark 50.2 against Gemini Deep Think 48.4). Such a figure appears beside the model's plain one, labelled.
    /// </summary>
    private static int[] OwnModeTargets(CuratedDataset dataset, SettingFigures[] settings)
    {
        var targets = new int[settings.Length];
        for (var i = 0; i < settings.Length; i++)
        {
            targets[i] = -1;
            var setting = settings[i].Setting;
            var comma = setting.LastIndexOf(", ", StringComparison.Ordinal);
            var baseKey = comma > 0 ? Names.NameKey.Normalize(setting.AsSpan(0, comma)) : "default";
            var mode = comma > 0 ? setting[(comma + 2)..] : setting;
            var target = Array.FindIndex(settings, s => Names.NameKey.Normalize(s.Setting) == baseKey);
            var ownMode = settings[i].ByModel.Count > 0 && settings[i].ByModel.Keys.All(id =>
                dataset.ModelsById.TryGetValue(id, out var model) && model.Modes.Any(m => string.Equals(m, mode, StringComparison.OrdinalIgnoreCase)));
            if (target >= 0 && target != i && ownMode)
            {
                targets[i] = target;
            }
        }

        return targets;
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
