using CsCheck;
using ModelBot.Core.Names;
using ModelBot.Core.Tests.Support;

namespace ModelBot.Core.Tests.Names;

/// <summary>
/// The indexes that keep a name lookup's cost independent of the dataset's size (sorted key ranges for prefixes and
/// words, a trie for misspellings) give exactly what a scan of every key gave.
/// </summary>
public class NameIndexScaleTests
{
    private static readonly string[] Words = ["nova", "novo", "atlas", "orion", "gemini", "gpt", "claude", "opus", "pro", "mini", "flash", "deep", "think", "4", "5.4", "3.1", "12", "2.0"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Suggest_OnRandomNames_EqualsTheDistanceAgainstEveryKey(bool sameStart)
    {
        // With sameStart, among the keys that start with the query's first character only.
        Gen.Select(Gen.Int[0, Words.Length - 1].Array[1, 3].Array[3, 40], Gen.String[Gen.Char["abcdegilmnoprstuv0123456789 .-"], 1, 14])
            .Sample((names, query) =>
            {
                var entities = names.Select((words, i) => new Box($"e{i}", string.Join(' ', words.Select(w => Words[w])))).ToArray();
                var index = new NameIndex<Box>(entities, e => e.Id, e => e.Name, _ => []);
                var expected = BruteForce(entities.Select(e => new[] { e.Id, e.Name }).ToArray(), query, sameStart).Select(i => entities[i]).ToArray();
                return (sameStart ? index.SuggestSameStart(query) : index.Suggest(query)).SequenceEqual(expected);
            });
    }

    [Fact]
    public void Suggest_OnTheRepositoryModels_EqualsTheDistanceAgainstEveryKey()
    {
        var models = RepositoryDataset.Dataset.Models;
        var names = models.Select(m => new[] { m.Id, m.Name }.Concat(m.Aliases).Concat(m.Spellings).ToArray()).ToArray();
        foreach (var query in new[] { "gemni", "gemni 3.1 pro", "opsu 4.6", "gpt 5.3", "muse sprak", "lama 4", "grok", "clade", "deepseek", "gpt", "o3" })
        {
            var expected = BruteForce(names, query).Select(i => models[i].Id).ToArray();
            RepositoryDataset.Names.SuggestModels(query).Select(m => m.Id).ShouldBe(expected, query);
        }
    }

    /// <summary>The former <c>NameIndex.SuggestForKey</c>: the distance against every key.</summary>
    private static List<int> BruteForce(string[][] names, string query, bool sameStart = false)
    {
        var key = NameKey.Normalize(query);
        var threshold = EditDistance.Threshold(key.Length);
        var distances = new Dictionary<int, int>();
        for (var entity = 0; entity < names.Length; entity++)
        {
            foreach (var name in names[entity])
            {
                var candidate = NameKey.Normalize(name);
                if (candidate.Length == 0 || key.Length == 0 || (sameStart && candidate[0] != key[0]))
                {
                    continue;
                }

                var distance = EditDistance.Compute(key, candidate, threshold);
                if (key.Length >= 4 && candidate.Length > key.Length + 1)
                {
                    distance = Math.Min(distance, EditDistance.Compute(key, candidate.AsSpan(0, key.Length), threshold) + 1);
                }

                if (distance <= threshold)
                {
                    distances[entity] = Math.Min(distances.GetValueOrDefault(entity, int.MaxValue), distance);
                }
            }
        }

        return [.. distances.OrderBy(p => p.Value).ThenBy(p => p.Key).Take(NameIndex<object>.MaximumSuggestions).Select(p => p.Key)];
    }

    private sealed record Box(string Id, string Name);
}
