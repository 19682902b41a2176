using ModelBot.Core.Dataset;
using ModelBot.Core.Loading;

namespace ModelBot.LoadHarness.Scenarios;

/// <summary>Pairs of model ids from the dataset that share at least one benchmark, so every /compare has figures to show.</summary>
public static class ModelPairs
{
    /// <summary>Up to <paramref name="count"/> pairs spread over every sharing pair of <paramref name="dataset"/>, in a stable order.</summary>
    public static IReadOnlyList<(string First, string Second)> From(CuratedDataset dataset, int count = 16)
    {
        var benchmarksByModel = dataset.Results
            .GroupBy(result => result.Model, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(result => result.Benchmark).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var models = benchmarksByModel.Keys.Order(StringComparer.Ordinal).ToList();
        var sharing = new List<(string, string)>();
        for (var i = 0; i < models.Count; i++)
        {
            for (var j = i + 1; j < models.Count; j++)
            {
                if (benchmarksByModel[models[i]].Overlaps(benchmarksByModel[models[j]]))
                {
                    sharing.Add((models[i], models[j]));
                }
            }
        }
        if (sharing.Count <= count)
        {
            return sharing;
        }
        // Evenly spaced, so the pairs are not all the alphabetically first model against the others.
        return [.. Enumerable.Range(0, count).Select(k => sharing[(int)((long)k * sharing.Count / count)])];
    }

    /// <summary>Loads <paramref name="dataDirectory"/> and takes pairs from it; fails with the loader's errors.</summary>
    public static IReadOnlyList<(string First, string Second)> Load(string dataDirectory, int count = 16)
    {
        var loaded = new DatasetLoader().Load(dataDirectory);
        var dataset = loaded.Dataset ?? throw new InvalidOperationException($"{dataDirectory} does not load: {string.Join("; ", loaded.Errors)}");
        var pairs = From(dataset, count);
        return pairs.Count > 0 ? pairs : throw new InvalidOperationException($"{dataDirectory}: no two models share a benchmark");
    }
}
