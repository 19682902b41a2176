using System.Text;

namespace ModelBot.Commands.Rendering;

/// <summary>
/// Fits text into a length (UTF-16 code units, what platform limits count conservatively) or a display width,
/// marking every cut with an ellipsis and never splitting a surrogate pair.
/// </summary>
public static class TextFit
{
    /// <summary>The mark left where text was cut.</summary>
    public const string Ellipsis = "…";

    /// <summary><see cref="Ellipsis"/> as a character.</summary>
    public const char EllipsisChar = '…';

    /// <summary>
    /// <paramref name="text"/> if it has at most <paramref name="maxLength"/> UTF-16 code units; otherwise its longest
    /// prefix that, followed by "…", fits.
    /// </summary>
    public static string ToLength(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }
        if (maxLength <= 0)
        {
            return "";
        }
        var keep = SafeCut(text, maxLength - Ellipsis.Length);
        return string.Concat(text.AsSpan(0, keep), Ellipsis);
    }

    /// <summary>
    /// <paramref name="text"/> if it occupies at most <paramref name="maxWidth"/> columns; otherwise its longest prefix that,
    /// followed by "…", fits.
    /// </summary>
    public static string ToWidth(string text, int maxWidth)
    {
        if (DisplayWidth.Of(text) <= maxWidth)
        {
            return text;
        }
        if (maxWidth <= 0)
        {
            return "";
        }
        var budget = maxWidth - 1;
        var width = 0;
        var end = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var w = DisplayWidth.Of(rune);
            if (width + w > budget)
            {
                break;
            }
            width += w;
            end += rune.Utf16SequenceLength;
        }
        return string.Concat(text.AsSpan(0, end), Ellipsis);
    }

    /// <summary>
    /// Replaces line breaks, tabs and other control characters with spaces so text stays on one line of a table.
    /// Returns the same instance when nothing needs replacing.
    /// </summary>
    public static string SingleLine(string text)
    {
        var index = text.AsSpan().IndexOfAnyInRange('\0', '\u001F');
        var del = text.AsSpan().IndexOfAnyInRange('\u007F', '\u009F');
        if (index < 0 && del < 0)
        {
            return text;
        }
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsControl(c) ? ' ' : c;
            }
        });
    }

    /// <summary>
    /// Keeps line breaks (a CRLF becomes LF) and replaces every other control character with a space, for prose
    /// such as summaries and notes. Returns the same instance when nothing needs replacing.
    /// </summary>
    public static string MultiLine(string text)
    {
        var span = text.AsSpan();
        var clean = true;
        foreach (var c in span)
        {
            if (char.IsControl(c) && c != '\n')
            {
                clean = false;
                break;
            }
        }
        if (clean)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c == '\r' && i + 1 < span.Length && span[i + 1] == '\n')
            {
                continue;
            }
            builder.Append(c == '\n' || !char.IsControl(c) ? c : ' ');
        }
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="text"/> cut to at most <paramref name="maxLength"/> code units, with "…" if cut.</summary>
    public static StringBuilder AppendToLength(this StringBuilder builder, string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return builder.Append(text);
        }
        if (maxLength <= 0)
        {
            return builder;
        }
        var keep = SafeCut(text, maxLength - Ellipsis.Length);
        return builder.Append(text.AsSpan(0, keep)).Append(EllipsisChar);
    }

    /// <summary>The largest cut point at or below <paramref name="length"/> that does not split a surrogate pair.</summary>
    public static int SafeCut(string text, int length)
    {
        if (length <= 0)
        {
            return 0;
        }
        if (length >= text.Length)
        {
            return text.Length;
        }
        return char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
    }
}
