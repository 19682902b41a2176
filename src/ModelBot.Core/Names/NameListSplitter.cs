using System.Text;
using ModelBot.Core.Dataset;

namespace ModelBot.Core.Names;

/// <summary>
/// Splits a typed list of model names into resolutions, greedily: at each word the longest run of words that is a
/// name (exactly, or as a prefix or family) wins; separators ("," "vs" "and") always end a name.
/// </summary>
internal static class NameListSplitter
{
    private static readonly HashSet<string> SeparatorWords = new(StringComparer.OrdinalIgnoreCase) { "vs", "vs.", "v", "v.", "versus", "and", "or", "&", "/", "|", "with", "against" };

    public static IReadOnlyList<Resolution<Model>> Split(string text, NameIndex<Model> models)
    {
        var resolutions = new List<Resolution<Model>>();
        foreach (var segment in Segments(text))
        {
            SplitSegment(segment, models, resolutions);
        }

        return resolutions;
    }

    private static void SplitSegment(List<string> words, NameIndex<Model> models, List<Resolution<Model>> resolutions)
    {
        var window = models.MaximumTokens + 2;
        var unmatchedStart = -1;
        var start = 0;
        while (start < words.Count)
        {
            Resolution<Model>? match = null;
            var matchedCount = 0;
            for (var count = Math.Min(window, words.Count - start); count >= 1 && match is null; count--)
            {
                match = models.TryResolve(Join(words, start, count));
                matchedCount = count;
            }

            if (match is null)
            {
                unmatchedStart = unmatchedStart < 0 ? start : unmatchedStart;
                start++;
                continue;
            }

            FlushUnmatched(words, unmatchedStart, start, models, resolutions);
            unmatchedStart = -1;
            resolutions.Add(match.Value);
            start += matchedCount;
        }

        FlushUnmatched(words, unmatchedStart, words.Count, models, resolutions);
    }

    private static void FlushUnmatched(List<string> words, int from, int to, NameIndex<Model> models, List<Resolution<Model>> resolutions)
    {
        if (from >= 0 && to > from)
        {
            resolutions.Add(models.Resolve(Join(words, from, to - from)));
        }
    }

    private static string Join(List<string> words, int start, int count) =>
        count == 1 ? words[start] : string.Join(' ', words.GetRange(start, count));

    private static List<List<string>> Segments(string text)
    {
        var segments = new List<List<string>>();
        var current = new List<string>();
        var word = new StringBuilder();

        void EndWord()
        {
            if (word.Length == 0)
            {
                return;
            }

            var value = word.ToString();
            word.Clear();
            if (SeparatorWords.Contains(value))
            {
                EndSegment();
            }
            else
            {
                current.Add(value);
            }
        }

        void EndSegment()
        {
            if (current.Count > 0)
            {
                segments.Add(current);
                current = [];
            }
        }

        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                EndWord();
            }
            else if (c is ',' or ';' or '|' or '&' or '+' or '"')
            {
                EndWord();
                EndSegment();
            }
            else
            {
                word.Append(c);
            }
        }

        EndWord();
        EndSegment();
        return segments;
    }
}
