using System.Collections.Concurrent;

namespace ModelBot.Core.Loading;

/// <summary>
/// One instance of each text that repeats across a dataset's results (model and benchmark ids, settings, evaluators,
/// sources, values, a table's passage on each of its rows), so 200,000 results do not hold 200,000 copies of each,
/// and a text read before is not even allocated again. Thread-safe: result files are read in parallel. Lives for one
/// load.
/// </summary>
internal sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    /// <summary>The pooled instance equal to <paramref name="text"/>.</summary>
    public string Get(string text) => _strings.GetOrAdd(text, text);

    /// <summary>The pooled instance equal to <paramref name="text"/>; a string is made only for a text not seen before.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var made = text.ToString();
        return _strings.GetOrAdd(made, made);
    }
}
