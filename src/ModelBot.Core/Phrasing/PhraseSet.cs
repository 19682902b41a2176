namespace ModelBot.Core.Phrasing;

/// <summary>A phrase found in a question: where, how long, and what it stands for.</summary>
public readonly record struct PhraseMatch<T>(int Start, int Length, string Phrase, T Value);

/// <summary>
/// A fixed set of phrases found in text as whole words, longest first, without overlaps, case-insensitively
/// ("abstract reasoning" takes its words before "reasoning" can); a trailing plural "s" still matches ("benchmarks"
/// for "benchmark"). Ordered and indexed once (per dataset version, or once for a constant list), so finding them
/// costs one pass over the question's word starts rather than a search of the question per phrase.
/// </summary>
public sealed class PhraseSet<T>
{
    private readonly (string Phrase, T Value)[] _ordered;

    // Per first character (upper-cased as OrdinalIgnoreCase compares): the indexes in _ordered of the phrases starting with it.
    private readonly Dictionary<char, int[]> _byFirst;

    public PhraseSet(IEnumerable<(string Phrase, T Value)> phrases)
    {
        // Longest first; among equals, the order given (a stable sort): the first phrase of a length takes its words.
        _ordered = [.. phrases.Where(p => p.Phrase.Length > 0).OrderByDescending(p => p.Phrase.Length)];
        _byFirst = Enumerable.Range(0, _ordered.Length)
            .GroupBy(i => char.ToUpperInvariant(_ordered[i].Phrase[0]))
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>Whether the set has no phrase.</summary>
    public bool IsEmpty => _ordered.Length == 0;

    /// <summary>Every match in <paramref name="text"/>, in text order: longer phrases first, none overlapping another.</summary>
    public List<PhraseMatch<T>> FindAll(string text)
    {
        var candidates = Candidates(text, firstOnly: false);
        var found = new List<PhraseMatch<T>>(candidates.Count);
        if (candidates.Count == 0)
        {
            return found;
        }

        // In phrase order (longest first), then text order: each takes its characters unless a longer one has.
        candidates.Sort();
        var taken = new bool[text.Length];
        foreach (var (order, at) in candidates)
        {
            var length = _ordered[order].Phrase.Length;
            if (Array.IndexOf(taken, true, at, length) >= 0)
            {
                continue;
            }

            Array.Fill(taken, true, at, length);
            found.Add(new PhraseMatch<T>(at, length, text.Substring(at, length), _ordered[order].Value));
        }

        found.Sort((left, right) => left.Start.CompareTo(right.Start));
        return found;
    }

    /// <summary>Whether any phrase occurs in <paramref name="text"/> as whole words (the first occurrence is always kept).</summary>
    public bool Contains(string text) => Candidates(text, firstOnly: true).Count > 0;

    /// <summary>Every whole-word occurrence of every phrase: (its index in phrase order, where it starts).</summary>
    private List<(int Order, int At)> Candidates(string text, bool firstOnly)
    {
        var candidates = new List<(int, int)>();
        for (var at = 0; at < text.Length; at++)
        {
            if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || !_byFirst.TryGetValue(char.ToUpperInvariant(text[at]), out var orders))
            {
                continue;
            }

            var rest = text.AsSpan(at);
            foreach (var order in orders)
            {
                var phrase = _ordered[order].Phrase;
                if (rest.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && EndsWord(text, at + phrase.Length))
                {
                    candidates.Add((order, at));
                    if (firstOnly)
                    {
                        return candidates;
                    }
                }
            }
        }

        return candidates;
    }

    // A word ends at the end, before a character that is no letter or digit, or before a plural "s" that ends the word.
    private static bool EndsWord(string text, int end) =>
        end == text.Length || !char.IsLetterOrDigit(text[end]) || (text[end] == 's' && (end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1])));
}
