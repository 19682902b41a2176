using System.Collections.Concurrent;

namespace ModelBot.Core.Loading;

/// <summary>
/// One instance of each text that repeats across a dataset's results (model and benchmark ids, settings, evaluators,
/// sources), so 200,000 results do not hold 200,000 copies of each. Thread-safe: result files are read in parallel.
/// Lives for one load.
/// </summary>
internal sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    /// <summary>The pooled instance equal to <paramref name="text"/>.</summary>
    public string Get(string text) => _strings.GetOrAdd(text, text);
}

/// <summary>
/// The texts of one file as it is read, each made once (keys, values, a table's passage on each of its rows): a text
/// read before is looked up by its characters and not allocated again. One thread, one file: no locks, so the
/// 200,000 passages of a large dataset do not contend for a shared pool.
/// </summary>
internal sealed class FileStringPool
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    /// <summary>The instance equal to <paramref name="text"/>; a string is made only for a text not seen before in this file.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var made = text.ToString();
        _strings[made] = made;
        return made;
    }
}
