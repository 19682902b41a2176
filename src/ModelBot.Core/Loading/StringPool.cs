using System.Collections.Concurrent;

namespace ModelBot.Core.Loading;

/// <summary>
/// One instance of each text that repeats across a dataset's results (model and benchmark ids, settings, evaluators,
/// sources), so 200,000 results do not hold 200,000 copies of each. Thread-safe: result files are read in parallel.
/// </summary>
internal sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    /// <summary>The pooled instance equal to <paramref name="text"/>.</summary>
    public string Get(string text) => _strings.GetOrAdd(text, text);
}
