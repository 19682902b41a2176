using ModelBot.Core.Dataset;

namespace ModelBot.Commands.Questions;

/// <summary>
/// What a topic word points at: a benchmark category from the data ("Health"), or a few benchmark ids when the
/// topic cuts across categories (coding spans Agentic and Text / Reasoning).
/// </summary>
/// <param name="Label">How answers name the topic: the category name, or a word such as "coding".</param>
/// <param name="Category">The category (one of <see cref="BenchmarkCategories.All"/>), or null when <paramref name="BenchmarkIds"/> are given.</param>
/// <param name="BenchmarkIds">Benchmark ids, when the topic is not a category.</param>
public sealed record TopicTarget(string Label, string? Category, IReadOnlyList<string> BenchmarkIds)
{
    /// <summary>The vocabulary marks the topic as "the models as a whole" (<see cref="Core.Phrasing.TopicWords.Overall"/>).</summary>
    public bool Overall { get; init; }

    /// <summary>A topic that is a category of the data.</summary>
    public static TopicTarget OfCategory(string category) => new(category, category, []);

    /// <summary>A topic that is some benchmarks, named <paramref name="label"/>.</summary>
    public static TopicTarget OfBenchmarks(string label, params string[] benchmarkIds) => new(label, null, benchmarkIds);

    /// <summary>The topic's benchmarks in <paramref name="dataset"/>, in dataset order; empty when it has none.</summary>
    public IReadOnlyList<Benchmark> Resolve(CuratedDataset dataset)
    {
        var found = new List<Benchmark>();
        foreach (var benchmark in dataset.Benchmarks)
        {
            var matches = Category is not null
                ? string.Equals(benchmark.Category, Category, StringComparison.Ordinal)
                : BenchmarkIds.Contains(benchmark.Id, StringComparer.Ordinal);
            if (matches)
            {
                found.Add(benchmark);
            }
        }

        return found;
    }
}
