using ModelBot.Core.Dataset;

namespace ModelBot.Core.Names;

/// <summary>Finds model and benchmark names in free text by the longest run of words that is a known name.</summary>
internal static class MentionFinder
{
    public static IReadOnlyList<NameMention> Find(string text, NameIndex<Model> models, NameIndex<Benchmark> benchmarks)
    {
        var tokens = TextTokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return [];
        }

        var mentions = new List<NameMention>();
        var window = Math.Max(models.MaximumTokens, benchmarks.MaximumTokens) + 2;
        Span<char> buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var start = 0;
        while (start < tokens.Count)
        {
            var matched = 0;
            for (var count = Math.Min(window, tokens.Count - start); count >= 1 && matched == 0; count--)
            {
                var key = buffer[..Concatenate(text, tokens, start, count, buffer)];
                var isModel = models.TryGetExact(key, out var modelIndexes);
                var isBenchmark = benchmarks.TryGetExact(key, out var benchmarkIndexes);
                if (!isModel && !isBenchmark)
                {
                    continue;
                }

                var first = tokens[start];
                var last = tokens[start + count - 1];
                var words = text.Substring(first.Start, last.End - first.Start);
                if (isModel)
                {
                    foreach (var index in modelIndexes)
                    {
                        mentions.Add(new NameMention(MentionKind.Model, models.IdAt(index), words, first.Start, words.Length));
                    }
                }

                if (isBenchmark)
                {
                    foreach (var index in benchmarkIndexes)
                    {
                        mentions.Add(new NameMention(MentionKind.Benchmark, benchmarks.IdAt(index), words, first.Start, words.Length));
                    }
                }

                matched = count;
            }

            start += Math.Max(matched, 1);
        }

        return mentions;
    }

    private static int Concatenate(string text, List<TextToken> tokens, int start, int count, Span<char> buffer)
    {
        var length = 0;
        for (var t = start; t < start + count; t++)
        {
            length += NameKey.Normalize(text.AsSpan(tokens[t].Start, tokens[t].Length), buffer[length..]);
        }

        return length;
    }
}
