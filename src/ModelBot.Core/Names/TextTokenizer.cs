namespace ModelBot.Core.Names;

/// <summary>Splits text into runs of letters and digits, dropping the "s" of a possessive ("Muse Spark's").</summary>
internal static class TextTokenizer
{
    /// <summary>The tokens of <paramref name="text"/>, in order.</summary>
    public static List<TextToken> Tokenize(ReadOnlySpan<char> text)
    {
        var tokens = new List<TextToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (!NameKey.IsNameChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && NameKey.IsNameChar(text[i]))
            {
                i++;
            }

            if (IsPossessiveS(text, start, i - start))
            {
                continue;
            }

            tokens.Add(new TextToken(start, i - start));
        }

        return tokens;
    }

    /// <summary>Number of tokens in a name.</summary>
    public static int Count(ReadOnlySpan<char> text) => Tokenize(text).Count;

    /// <summary>A lone "s" right after an apostrophe that follows a word.</summary>
    public static bool IsPossessiveS(ReadOnlySpan<char> text, int start, int length) =>
        length == 1
        && text[start] is 's' or 'S'
        && start >= 2
        && IsApostrophe(text[start - 1])
        && NameKey.IsNameChar(text[start - 2]);

    /// <summary>The name with a possessive "'s" removed ("Humanity's Last Exam" → "Humanity Last Exam"), or null if it has none.</summary>
    public static string? WithoutPossessive(string name)
    {
        for (var i = 1; i < name.Length - 1; i++)
        {
            if (IsApostrophe(name[i]) && name[i + 1] is 's' or 'S' && NameKey.IsNameChar(name[i - 1])
                && (i + 2 == name.Length || !NameKey.IsNameChar(name[i + 2])))
            {
                return string.Concat(name.AsSpan(0, i), name.AsSpan(i + 2));
            }
        }

        return null;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '`';
}
