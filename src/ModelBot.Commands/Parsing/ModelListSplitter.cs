namespace ModelBot.Commands.Parsing;

/// <summary>
/// Splits the arguments of /compare into model arguments: a quoted name ("gemini 3.1 pro", “opus 4.6”) is one
/// name; commas, semicolons and the words <c>vs</c>, <c>versus</c>, <c>and</c>, <c>&amp;</c> separate names; the words
/// between separators form a run that name resolution may split further.
/// </summary>
public static class ModelListSplitter
{
    /// <summary>Splits <paramref name="text"/>; returns an empty list when it holds no name.</summary>
    public static List<ModelArgument> Split(string text)
    {
        var arguments = new List<ModelArgument>(4);
        var runStart = -1;
        var runEnd = -1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c is ',' or ';')
            {
                Flush(text, arguments, ref runStart, ref runEnd);
                i++;
                continue;
            }

            if (IsOpeningQuote(c))
            {
                Flush(text, arguments, ref runStart, ref runEnd);
                var close = FindClosingQuote(text, i + 1, c);
                var inner = text.AsSpan(i + 1, close - i - 1).Trim();
                if (!inner.IsEmpty)
                {
                    arguments.Add(new ModelArgument(inner.ToString(), MayHoldSeveral: false));
                }

                i = Math.Min(close + 1, text.Length);
                continue;
            }

            var wordEnd = i;
            while (wordEnd < text.Length && !char.IsWhiteSpace(text[wordEnd]) && text[wordEnd] is not (',' or ';') && !IsOpeningQuote(text[wordEnd]))
            {
                wordEnd++;
            }

            if (IsSeparatorWord(text.AsSpan(i, wordEnd - i)))
            {
                Flush(text, arguments, ref runStart, ref runEnd);
            }
            else
            {
                if (runStart < 0)
                {
                    runStart = i;
                }

                runEnd = wordEnd;
            }

            i = wordEnd;
        }

        Flush(text, arguments, ref runStart, ref runEnd);
        return arguments;
    }

    /// <summary>Removes one pair of surrounding quotes and surrounding white space.</summary>
    public static string Unquote(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.Length >= 2 && IsOpeningQuote(span[0]) && IsClosingQuote(span[^1], span[0]))
        {
            span = span[1..^1].Trim();
        }

        return span.Length == text.Length ? text : span.ToString();
    }

    /// <summary>Whether <paramref name="index"/> falls inside a quoted name, by the same quote rules as <see cref="Split"/>.</summary>
    public static bool IsQuoted(string text, int index)
    {
        for (var i = 0; i < text.Length && i < index; i++)
        {
            if (IsOpeningQuote(text[i]))
            {
                var close = FindClosingQuote(text, i + 1, text[i]);
                if (index < close)
                {
                    return true;
                }

                i = close;
            }
        }

        return false;
    }

    private static void Flush(string text, List<ModelArgument> arguments, ref int runStart, ref int runEnd)
    {
        if (runStart >= 0)
        {
            arguments.Add(new ModelArgument(text[runStart..runEnd], MayHoldSeveral: true));
        }

        runStart = -1;
        runEnd = -1;
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '\u201C' or '\u201E' or '\u00AB' or '`';

    private static bool IsClosingQuote(char c, char opening) => opening switch
    {
        '\u201C' or '\u201E' => c is '\u201D' or '\u201C' or '"',
        '\u00AB' => c == '\u00BB',
        _ => c == opening,
    };

    private static int FindClosingQuote(string text, int from, char opening)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (IsClosingQuote(text[i], opening))
            {
                return i;
            }
        }

        return text.Length;
    }

    private static bool IsSeparatorWord(ReadOnlySpan<char> word) =>
        word.Equals("vs", StringComparison.OrdinalIgnoreCase)
        || word.Equals("vs.", StringComparison.OrdinalIgnoreCase)
        || word.Equals("versus", StringComparison.OrdinalIgnoreCase)
        || word.Equals("and", StringComparison.OrdinalIgnoreCase)
        || word.Equals("&", StringComparison.Ordinal)
        || word.Equals("with", StringComparison.OrdinalIgnoreCase)
        || word.Equals("to", StringComparison.OrdinalIgnoreCase);
}
