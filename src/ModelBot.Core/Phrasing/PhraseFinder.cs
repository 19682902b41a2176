namespace ModelBot.Core.Phrasing;

/// <summary>A phrase found in a question: where, how long, and what it stands for.</summary>
public readonly record struct PhraseMatch<T>(int Start, int Length, string Phrase, T Value);

/// <summary>
/// Finds whole-word phrases in text, longest first, without overlaps, case-insensitively ("abstract reasoning"
/// takes its words before "reasoning" can). A trailing plural "s" still matches ("benchmarks" for "benchmark").
/// </summary>
public static class PhraseFinder
{
    /// <summary>Every match, in text order.</summary>
    public static List<PhraseMatch<T>> FindAll<T>(string text, IEnumerable<(string Phrase, T Value)> phrases)
    {
        var ordered = phrases.Where(p => p.Phrase.Length > 0).OrderByDescending(p => p.Phrase.Length).ToList();
        var taken = new bool[text.Length];
        var found = new List<PhraseMatch<T>>();
        foreach (var (phrase, value) in ordered)
        {
            for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + phrase.Length;
                var startsWord = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
                var endsWord = end == text.Length || !char.IsLetterOrDigit(text[end]) || (text[end] == 's' && (end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1])));
                if (!startsWord || !endsWord || Array.IndexOf(taken, true, at, phrase.Length) >= 0)
                {
                    continue;
                }

                Array.Fill(taken, true, at, phrase.Length);
                found.Add(new PhraseMatch<T>(at, phrase.Length, text.Substring(at, phrase.Length), value));
            }
        }

        found.Sort((left, right) => left.Start.CompareTo(right.Start));
        return found;
    }

    /// <summary>Whether any of <paramref name="phrases"/> occurs in <paramref name="text"/> as whole words.</summary>
    public static bool Contains(string text, IEnumerable<string> phrases) => FindAll(text, phrases.Select(p => (p, true))).Count > 0;
}
