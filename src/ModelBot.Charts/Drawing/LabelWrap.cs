using System.Text;

namespace ModelBot.Charts.Drawing;

/// <summary>
/// Breaks a row label onto short lines at spaces, so long benchmark names sit beside their bars rather than squeeze the
/// chart; a parenthesised setting such as "(no tools)" stays on one line.
/// </summary>
public static class LabelWrap
{
    /// <summary><paramref name="text"/> on lines of at most <paramref name="lineLength"/> characters joined by "\n"; a longer word keeps its own line.</summary>
    public static string Wrap(string text, int lineLength)
    {
        if (text.Length <= lineLength)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 4);
        var lineStart = 0;
        foreach (var word in Units(text, lineLength))
        {
            var lineLengthSoFar = builder.Length - lineStart;
            if (lineLengthSoFar > 0 && lineLengthSoFar + 1 + word.Length > lineLength)
            {
                builder.Append('\n');
                lineStart = builder.Length;
            }
            else if (lineLengthSoFar > 0)
            {
                builder.Append(' ');
            }
            builder.Append(word);
        }
        return builder.ToString();
    }

    /// <summary>Words, with a parenthesised phrase ("(no tools)") kept whole when it fits a line.</summary>
    private static IEnumerable<string> Units(string text, int lineLength)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].StartsWith('(') && !words[i].EndsWith(')'))
            {
                var close = Array.FindIndex(words, i + 1, w => w.EndsWith(')') || w.EndsWith("),", StringComparison.Ordinal));
                if (close > i)
                {
                    var phrase = string.Join(' ', words, i, close - i + 1);
                    if (phrase.Length <= lineLength)
                    {
                        yield return phrase;
                        i = close;
                        continue;
                    }
                }
            }
            yield return words[i];
        }
    }

    /// <summary>How many lines <see cref="Wrap"/> makes of <paramref name="text"/>.</summary>
    public static int LineCount(string text, int lineLength) => Wrap(text, lineLength).Count(c => c == '\n') + 1;
}
