using ModelBot.Core.Dataset;
using ModelBot.Core.Names;

namespace ModelBot.Core.Queries;

/// <summary>Ranks a benchmark's figures, per setting, honouring its direction.</summary>
internal static class LeaderboardBuilder
{
    public static LeaderboardReport Build(CuratedDataset dataset, BenchmarkFiguresIndex table)
    {
        var sources = new SourceList(dataset);
        var sections = new List<LeaderboardSection>(table.Settings.Length);
        var settings = new List<string>(table.Settings.Length);
        foreach (var (setting, modeRuns, entrants) in GroupByRankedSetting(table))
        {
            var section = Rank(table.Benchmark, setting, entrants) with { ModeRuns = modeRuns };
            foreach (var entry in section.Entries)
            {
                sources.AddAll(entry.Figures);
            }

            sections.Add(section);
            if (!settings.Contains(setting))
            {
                settings.Add(setting);
            }
        }

        // The models with a figure, not every model without one: a count and a walk give the rest.
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var setting in table.Settings)
        {
            present.UnionWith(setting.ByModel.Keys);
        }

        var missing = new MissingModels(dataset.Models, present);

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
    /// The sections to rank, in order of first appearance: a figure measured in one of its model's modes (or by a model
    /// variant named after a mode, "Gemini Deep Think") ranks in a section of special-mode runs that follows the
    /// standard runs of the rest of its setting, so a headline never sets a multi-agent run against standard ones.
    /// </summary>
    private static List<(string Setting, bool ModeRuns, List<(ModelFigures Figures, string? Mode)> Entrants)> GroupByRankedSetting(BenchmarkFiguresIndex table)
    {
        var groups = new List<(string Key, string Setting, bool ModeRuns, List<(ModelFigures Figures, string? Mode)> Entrants)>(table.Settings.Length);
        // Most figures share a few settings: each normalised once.
        var keys = new NameKeyCache();
        foreach (var setting in table.Settings)
        {
            foreach (var figures in setting.ByModel.Values)
            {
                // The figure's own setting: QueryIndex may already file an own-mode figure under its base setting.
                var (ranked, mode) = ModelModeSetting.Split(figures.Figure.Setting, figures.Model);
                mode ??= ModelModeSetting.NamedMode(figures.Model);
                var key = keys.Of(ranked);
                var modeRuns = mode is not null;
                var index = groups.Count - 1;
                while (index >= 0 && !(groups[index].Key == key && groups[index].ModeRuns == modeRuns))
                {
                    index--;
                }

                if (index < 0)
                {
                    groups.Add((key, ranked, modeRuns, []));
                    index = groups.Count - 1;
                }

                groups[index].Entrants.Add((figures, mode));
            }
        }

        // Standard runs first, each setting's special-mode runs right after them.
        var ordered = new List<(string Setting, bool ModeRuns, List<(ModelFigures Figures, string? Mode)> Entrants)>(groups.Count);
        foreach (var group in groups)
        {
            if (ordered.Exists(o => NameKey.Normalize(o.Setting) == group.Key))
            {
                continue;
            }

            foreach (var modeRuns in (bool[])[false, true])
            {
                foreach (var same in groups)
                {
                    if (same.Key == group.Key && same.ModeRuns == modeRuns)
                    {
                        ordered.Add((same.Setting, same.ModeRuns, same.Entrants));
                    }
                }
            }
        }

        return ordered;
    }

    private static LeaderboardSection Rank(Benchmark benchmark, string setting, List<(ModelFigures Figures, string? Mode)> entrants)
    {
        entrants.Sort((left, right) => Compare(benchmark, left, right));
        var entries = new List<LeaderboardEntry>(entrants.Count);
        for (var i = 0; i < entrants.Count; i++)
        {
            var (figures, mode) = entrants[i];
            var value = figures.Figure.Value;
            var rank = i > 0 && entrants[i - 1].Figures.Figure.Value.Equals(value) ? entries[i - 1].Rank : i + 1;
            var tied = (i > 0 && entrants[i - 1].Figures.Figure.Value.Equals(value))
                || (i + 1 < entrants.Count && entrants[i + 1].Figures.Figure.Value.Equals(value));
            entries.Add(new LeaderboardEntry
            {
                Rank = rank,
                Model = figures.Model,
                Mode = mode,
                Figure = figures.Figure,
                Figures = figures.Figures,
                IsTied = tied,
                HasDisagreement = figures.HasDisagreement,
            });
        }

        return new LeaderboardSection(setting, entries);
    }

    private static int Compare(Benchmark benchmark, (ModelFigures Figures, string? Mode) left, (ModelFigures Figures, string? Mode) right)
    {
        var byValue = left.Figures.Figure.Value.CompareTo(right.Figures.Figure.Value);
        if (byValue != 0)
        {
            return benchmark.Direction == Direction.LowerIsBetter ? byValue : -byValue;
        }

        var byName = string.Compare(left.Figures.Model.Name, right.Figures.Model.Name, StringComparison.OrdinalIgnoreCase);
        if (byName != 0)
        {
            return byName;
        }

        var byId = string.CompareOrdinal(left.Figures.Model.Id, right.Figures.Model.Id);
        return byId != 0 ? byId : string.CompareOrdinal(left.Mode, right.Mode);
    }
}
