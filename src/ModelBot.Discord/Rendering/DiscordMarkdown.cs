using System.Text;
using ModelBot.Commands.Rendering;

namespace ModelBot.Discord.Rendering;

/// <summary>
/// Writes dataset text into Discord markdown so that it shows literally: every character that could start
/// formatting (<c>\ * _ ~ ` | &gt; # [ ] &lt; @</c>, and <c>-</c> or <c>+</c> opening a line) is escaped with a backslash.
/// </summary>
public static class DiscordMarkdown
{
    private const string Specials = "\\*_~`|>#[]<@";

    /// <summary>Appends <paramref name="text"/> escaped.</summary>
    public static StringBuilder AppendEscaped(StringBuilder builder, ReadOnlySpan<char> text)
    {
        var lineStart = builder.Length == 0 || builder[^1] == '\n';
        foreach (var c in text)
        {
            if (Specials.Contains(c, StringComparison.Ordinal) || (lineStart && c is '-' or '+'))
            {
                builder.Append('\\');
            }
            builder.Append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }
        return builder;
    }

    /// <summary><paramref name="text"/> escaped.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        return AppendEscaped(builder, text).ToString();
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
