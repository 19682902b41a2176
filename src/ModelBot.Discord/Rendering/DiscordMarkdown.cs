using System.Buffers;
using System.Text;
using ModelBot.Commands.Rendering;

namespace ModelBot.Discord.Rendering;

/// <summary>
/// Writes dataset text into Discord markdown so that it shows literally: every character that could start
/// formatting (<c>\ * _ ~ ` | &gt; # [ ] &lt; @</c>, and <c>-</c> or <c>+</c> opening a line) is escaped with a backslash.
/// </summary>
public static class DiscordMarkdown
{
    private static readonly SearchValues<char> Specials = SearchValues.Create("\\*_~`|>#[]<@");
    private static readonly SearchValues<char> SpecialsOrLineStart = SearchValues.Create("\\*_~`|>#[]<@\n");

    /// <summary>Appends <paramref name="text"/> escaped.</summary>
    public static StringBuilder AppendEscaped(StringBuilder builder, ReadOnlySpan<char> text)
    {
        var lineStart = builder.Length == 0 || builder[^1] == '\n';
        while (!text.IsEmpty)
        {
            if (lineStart)
            {
                var indent = text.Length - text.TrimStart(' ').Length;
                builder.Append(text[..indent]);
                text = text[indent..];
                if (!text.IsEmpty && text[0] is '-' or '+')
                {
                    builder.Append('\\').Append(text[0]);
                    text = text[1..];
                }
                lineStart = false;
                continue;
            }
            var next = text.IndexOfAny(SpecialsOrLineStart);
            if (next < 0)
            {
                builder.Append(text);
                break;
            }
            builder.Append(text[..next]);
            var c = text[next];
            if (Specials.Contains(c))
            {
                builder.Append('\\');
            }
            builder.Append(c);
            lineStart = c == '\n';
            text = text[(next + 1)..];
        }
        return builder;
    }

    /// <summary><paramref name="text"/> escaped.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(SpecialsOrLineStart) < 0 && !StartsWithListMark(text))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 8);
        return AppendEscaped(builder, text).ToString();
    }

    /// <summary>Whether a line starting with <paramref name="text"/> would read as a list item (after any indent).</summary>
    private static bool StartsWithListMark(string text)
    {
        var trimmed = text.AsSpan().TrimStart(' ');
        return !trimmed.IsEmpty && trimmed[0] is '-' or '+';
    }

    /// <summary>Appends a summary: its <c>**bold**</c> runs stay bold, everything else is escaped.</summary>
    public static StringBuilder AppendSummary(StringBuilder builder, string summary)
    {
        foreach (var span in SummaryMarkup.Spans(summary))
        {
            var text = summary.AsSpan(span.Start, span.Length);
            if (span.Bold)
            {
                AppendEscaped(builder.Append("**"), text).Append("**");
            }
            else
            {
                AppendEscaped(builder, text);
            }
        }
        return builder;
    }
}
