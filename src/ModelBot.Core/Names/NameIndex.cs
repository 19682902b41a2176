namespace ModelBot.Core.Names;

/// <summary>
/// The precomputed name index of one kind of entity (models or benchmarks) for one dataset version: normalised ids,
/// display names and aliases, their word suffixes for family matches, and the span lookup used for free text.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class NameIndex<T>
    where T : class
{
    /// <summary>Shortest key that may match as a prefix.</summary>
    public const int MinimumPrefixLength = 3;

    /// <summary>Most suggestions returned for a name that was not found.</summary>
    public const int MaximumSuggestions = 5;

    private readonly T[] _entities;
    private readonly string[] _ids;
    private readonly Dictionary<string, int[]> _exact;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _exactBySpan;
    private readonly IndexedKey[] _keys;
    private readonly IndexedKey[] _wordKeys;

    // The same keys in ordinal order: the keys starting with a prefix are one range, found by binary search.
    private readonly IndexedKey[] _sortedKeys;
    private readonly IndexedKey[] _sortedWordKeys;
    private readonly KeyTrie _trie = new(MaximumSuggestions);

    public NameIndex(IReadOnlyList<T> entities, Func<T, string> id, Func<T, string> name, Func<T, IReadOnlyList<string>> aliases)
    {
        _entities = [.. entities];
        _ids = new string[_entities.Length];
        var exact = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var keys = new List<IndexedKey>();
        var wordKeys = new List<IndexedKey>();
        var seen = new HashSet<IndexedKey>();
        var seenWords = new HashSet<IndexedKey>();
        for (var index = 0; index < _entities.Length; index++)
        {
            var entity = _entities[index];
            _ids[index] = id(entity);
            foreach (var text in Names(id(entity), name(entity), aliases(entity)))
            {
                var key = NameKey.Normalize(text);
                if (key.Length == 0)
                {
                    continue;
                }

                MaximumTokens = Math.Max(MaximumTokens, TextTokenizer.Count(text));
                AddExact(exact, key, index);
                if (AddDistinct(keys, seen, new IndexedKey(key, index)))
                {
                    _trie.Add(key, index);
                }

                AddWordSuffixes(wordKeys, seenWords, text, index);
            }
        }

        _exact = exact.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
        _exactBySpan = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _keys = [.. keys];
        _wordKeys = [.. wordKeys];
        _sortedKeys = Sorted(_keys);
        _sortedWordKeys = Sorted(_wordKeys);
        _trie.Seal();
    }

    /// <summary>The entities, in dataset order.</summary>
    public IReadOnlyList<T> Entities => _entities;

    /// <summary>The most tokens any name of this index has.</summary>
    public int MaximumTokens { get; }

    /// <summary>Resolves a name: exact, then prefix, then word match; otherwise not found with fuzzy suggestions.</summary>
    public Resolution<T> Resolve(string query) => Resolve(query, withSuggestions: true) ?? Resolution.NotFound<T>(query, []);

    /// <summary>
    /// Resolves a name without fuzzy matching; null when nothing matches (used to find where names start in a list).
    /// </summary>
    public Resolution<T>? TryResolve(string query) => Resolve(query, withSuggestions: false);

    /// <summary>The entity indexes whose id, name or alias normalises exactly to <paramref name="key"/>.</summary>
    public bool TryGetExact(ReadOnlySpan<char> key, out int[] entityIndexes) => _exactBySpan.TryGetValue(key, out entityIndexes!);

    /// <summary>The entity at <paramref name="index"/>.</summary>
    public T this[int index] => _entities[index];

    /// <summary>The id of the entity at <paramref name="index"/>.</summary>
    public string IdAt(int index) => _ids[index];

    /// <summary>Close spellings of <paramref name="query"/>, best first.</summary>
    public IReadOnlyList<T> Suggest(string query)
    {
        var key = NameKey.Normalize(query);
        return key.Length == 0 ? [] : SuggestForKey(key);
    }

    /// <summary>
    /// Close spellings of <paramref name="query"/> among the keys that start with its first character, best first: a
    /// typo in a question keeps the first letter, and the search visits only that part of the trie.
    /// </summary>
    public IReadOnlyList<T> SuggestSameStart(string query)
    {
        var key = NameKey.Normalize(query);
        return key.Length == 0 ? [] : SuggestForKey(key, sameStart: true);
    }

    /// <summary>Entities ranked for autocomplete of a partly typed name.</summary>
    public IReadOnlyList<T> Complete(string partial, int max)
    {
        if (max <= 0)
        {
            return [];
        }

        var key = NameKey.Normalize(partial);
        if (key.Length == 0)
        {
            return _entities.Length <= max ? _entities : _entities[..max];
        }

        // Exact and prefix matches (scores 0 and 1) and word prefixes (2) come from the sorted ranges; when they fill
        // the list, nothing scored 3 or more (contained, misspelled) can enter it, and no key needs a scan.
        var best = new Dictionary<int, int>();
        for (var i = LowerBound(_sortedKeys, key); i < _sortedKeys.Length && _sortedKeys[i].Key.StartsWith(key, StringComparison.Ordinal); i++)
        {
            var indexed = _sortedKeys[i];
            var score = indexed.Key.Length == key.Length ? 0 : 1;
            best[indexed.Entity] = Math.Min(best.GetValueOrDefault(indexed.Entity, int.MaxValue), score);
        }

        for (var i = LowerBound(_sortedWordKeys, key); i < _sortedWordKeys.Length && _sortedWordKeys[i].Key.StartsWith(key, StringComparison.Ordinal); i++)
        {
            var indexed = _sortedWordKeys[i];
            best[indexed.Entity] = Math.Min(best.GetValueOrDefault(indexed.Entity, int.MaxValue), 2);
        }

        if (best.Count >= max)
        {
            var order = new List<KeyValuePair<int, int>>(best);
            order.Sort(static (left, right) => left.Value != right.Value ? left.Value.CompareTo(right.Value) : left.Key.CompareTo(right.Key));
            var ranked = new T[max];
            for (var i = 0; i < max; i++)
            {
                ranked[i] = _entities[order[i].Key];
            }

            return ranked;
        }

        var scores = new int[_entities.Length];
        Array.Fill(scores, int.MaxValue);
        var threshold = EditDistance.Threshold(key.Length);
        foreach (var indexed in _keys)
        {
            var score = CompletionScore(indexed.Key, key, threshold);
            scores[indexed.Entity] = Math.Min(scores[indexed.Entity], score);
        }

        foreach (var indexed in _wordKeys)
        {
            if (indexed.Key.StartsWith(key, StringComparison.Ordinal))
            {
                scores[indexed.Entity] = Math.Min(scores[indexed.Entity], 2);
            }
        }

        return Ranked(scores, max);
    }

    private Resolution<T>? Resolve(string query, bool withSuggestions)
    {
        var text = query.AsSpan();
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var key = buffer[..NameKey.Normalize(text, buffer)];
        if (key.IsEmpty)
        {
            return withSuggestions ? Resolution.NotFound<T>(query, []) : null;
        }

        if (_exactBySpan.TryGetValue(key, out var exact))
        {
            return exact.Length == 1
                ? Resolution.Found(query, _entities[exact[0]], MatchKind.Exact)
                : Resolution.Ambiguous(query, Select(exact));
        }

        var versionCut = -1;
        if (key.Length >= MinimumPrefixLength)
        {
            var byPrefix = Matching(_sortedKeys, key, ref versionCut);
            if (byPrefix.Count > 0)
            {
                return FromMatches(query, byPrefix, MatchKind.Prefix);
            }

            if (NameKey.HasLetter(key))
            {
                var byWord = Matching(_sortedWordKeys, key, ref versionCut);
                if (byWord.Count > 0)
                {
                    return FromMatches(query, byWord, MatchKind.Word);
                }
            }
        }

        return withSuggestions ? Resolution.NotFound<T>(query, WithFirst(versionCut, SuggestForKey(key.ToString()))) : null;
    }

    /// <summary>
    /// Whether a prefix of <paramref name="key"/> ends inside a version number: "grok4" in "grok42" (Grok 4 is not
    /// Grok 4.2), unless only zeros follow ("terminalbench2" in "terminalbench20": 2 and 2.0 are one version).
    /// </summary>
    private static bool CutsVersion(string key, int prefixLength)
    {
        if (prefixLength == 0 || prefixLength >= key.Length || !char.IsAsciiDigit(key[prefixLength - 1]) || !char.IsAsciiDigit(key[prefixLength]))
        {
            return false;
        }

        for (var i = prefixLength; i < key.Length && char.IsAsciiDigit(key[i]); i++)
        {
            if (key[i] != '0')
            {
                return true;
            }
        }

        return false;
    }

    private T[] WithFirst(int index, T[] suggestions)
    {
        if (index < 0)
        {
            return suggestions;
        }

        var first = _entities[index];
        var list = new List<T>(suggestions.Length + 1) { first };
        foreach (var suggestion in suggestions)
        {
            if (!ReferenceEquals(suggestion, first) && list.Count < MaximumSuggestions)
            {
                list.Add(suggestion);
            }
        }

        return [.. list];
    }

    private Resolution<T> FromMatches(string query, List<int> matches, MatchKind match) =>
        matches.Count == 1
            ? Resolution.Found(query, _entities[matches[0]], match)
            : Resolution.Ambiguous(query, Select(matches));

    /// <summary>
    /// The entities with a key starting with <paramref name="prefix"/>. A lone entity reached only by cutting a
    /// version number ("grok 4" for Grok 4.2) is not a match: it comes back in <paramref name="versionCut"/> to be
    /// suggested instead. With other matches it stays a candidate, so "gpt 5" remains ambiguous.
    /// </summary>
    private static List<int> Matching(IndexedKey[] sortedKeys, ReadOnlySpan<char> prefix, ref int versionCut)
    {
        // Which entities match is independent of the order keys are visited in, so the ordinal range serves.
        HashSet<int>? matched = null;
        HashSet<int>? cutOnly = null;
        for (var i = LowerBound(sortedKeys, prefix); i < sortedKeys.Length; i++)
        {
            var indexed = sortedKeys[i];
            if (!indexed.Key.AsSpan().StartsWith(prefix, StringComparison.Ordinal))
            {
                break;
            }

            if (!CutsVersion(indexed.Key, prefix.Length))
            {
                cutOnly?.Remove(indexed.Entity);
                (matched ??= []).Add(indexed.Entity);
            }
            else if (matched is null || !matched.Contains(indexed.Entity))
            {
                (cutOnly ??= []).Add(indexed.Entity);
            }
        }

        var matches = new List<int>((matched?.Count ?? 0) + (cutOnly?.Count ?? 0));
        if (matched is null or { Count: 0 } && cutOnly is { Count: 1 })
        {
            versionCut = versionCut < 0 ? cutOnly.First() : versionCut;
            return matches;
        }

        if (matched is not null)
        {
            matches.AddRange(matched);
        }

        if (cutOnly is not null)
        {
            matches.AddRange(cutOnly);
        }

        matches.Sort();
        return matches;
    }

    /// <summary>The first position in <paramref name="sortedKeys"/> whose key is not ordinally before <paramref name="prefix"/>.</summary>
    private static int LowerBound(IndexedKey[] sortedKeys, ReadOnlySpan<char> prefix)
    {
        var low = 0;
        var high = sortedKeys.Length;
        while (low < high)
        {
            var middle = low + ((high - low) >> 1);
            if (sortedKeys[middle].Key.AsSpan().SequenceCompareTo(prefix) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static IndexedKey[] Sorted(IndexedKey[] keys)
    {
        var sorted = (IndexedKey[])keys.Clone();
        Array.Sort(sorted, static (left, right) =>
        {
            var byKey = string.CompareOrdinal(left.Key, right.Key);
            return byKey != 0 ? byKey : left.Entity.CompareTo(right.Entity);
        });
        return sorted;
    }

    private T[] SuggestForKey(string key, bool sameStart = false)
    {
        // Through the trie: the same distances as against every key, without visiting the keys too far away.
        var distances = new Dictionary<int, int>();
        _trie.Search(key, EditDistance.Threshold(key.Length), distances, sameStart);
        var order = new List<KeyValuePair<int, int>>(distances);
        order.Sort(static (left, right) => left.Value != right.Value ? left.Value.CompareTo(right.Value) : left.Key.CompareTo(right.Key));
        var ranked = new T[Math.Min(MaximumSuggestions, order.Count)];
        for (var i = 0; i < ranked.Length; i++)
        {
            ranked[i] = _entities[order[i].Key];
        }

        return ranked;
    }

    private static int CompletionScore(string candidate, string key, int threshold)
    {
        if (candidate.Length == key.Length && candidate.Equals(key, StringComparison.Ordinal))
        {
            return 0;
        }

        if (candidate.StartsWith(key, StringComparison.Ordinal))
        {
            return 1;
        }

        if (candidate.Contains(key, StringComparison.Ordinal))
        {
            return 3;
        }

        var length = Math.Min(candidate.Length, key.Length);
        var distance = EditDistance.Compute(key, candidate.AsSpan(0, length), threshold);
        return distance <= threshold ? 4 + distance : int.MaxValue;
    }

    private T[] Ranked(int[] scores, int max)
    {
        var order = new List<int>();
        for (var index = 0; index < scores.Length; index++)
        {
            if (scores[index] != int.MaxValue)
            {
                order.Add(index);
            }
        }

        order.Sort((left, right) => scores[left] != scores[right] ? scores[left].CompareTo(scores[right]) : left.CompareTo(right));
        var count = Math.Min(max, order.Count);
        var ranked = new T[count];
        for (var i = 0; i < count; i++)
        {
            ranked[i] = _entities[order[i]];
        }

        return ranked;
    }

    private T[] Select(IReadOnlyList<int> indexes)
    {
        var selected = new T[indexes.Count];
        for (var i = 0; i < selected.Length; i++)
        {
            selected[i] = _entities[indexes[i]];
        }

        return selected;
    }

    private static IEnumerable<string> Names(string id, string name, IReadOnlyList<string> aliases)
    {
        yield return id;
        yield return name;
        foreach (var alias in aliases)
        {
            yield return alias;
        }

        var possessiveFree = TextTokenizer.WithoutPossessive(name);
        if (possessiveFree is not null)
        {
            yield return possessiveFree;
        }
    }

    private static void AddExact(Dictionary<string, List<int>> exact, string key, int index)
    {
        if (!exact.TryGetValue(key, out var list))
        {
            exact[key] = list = [];
        }

        if (!list.Contains(index))
        {
            list.Add(index);
        }
    }

    private static bool AddDistinct(List<IndexedKey> keys, HashSet<IndexedKey> seen, IndexedKey key)
    {
        if (!seen.Add(key))
        {
            return false;
        }

        keys.Add(key);
        return true;
    }

    private static void AddWordSuffixes(List<IndexedKey> wordKeys, HashSet<IndexedKey> seen, string text, int index)
    {
        var tokens = TextTokenizer.Tokenize(text);
        for (var t = 1; t < tokens.Count; t++)
        {
            var suffix = NameKey.Normalize(text.AsSpan(tokens[t].Start));
            if (NameKey.HasLetter(suffix))
            {
                AddDistinct(wordKeys, seen, new IndexedKey(suffix, index));
            }
        }
    }

    private readonly record struct IndexedKey(string Key, int Entity);
}
