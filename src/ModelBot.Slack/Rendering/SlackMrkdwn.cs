using System.Buffers;
using System.Text;

namespace ModelBot.Slack.Rendering;

/// <summary>
/// Slack mrkdwn: only <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> are escaped (as entities); Slack has no escape for
/// <c>* _ ~ `</c>, so text holding them is never put in mrkdwn outside a code block (see <see cref="IsInert"/>).
/// </summary>
public static class SlackMrkdwn
{
    private static readonly SearchValues<char> Escaped = SearchValues.Create("&<>");
    private static readonly SearchValues<char> Formatting = SearchValues.Create("*_~`");

    /// <summary>Appends <paramref name="text"/> with &amp;, &lt; and &gt; escaped.</summary>
    public static StringBuilder AppendEscaped(StringBuilder builder, ReadOnlySpan<char> text)
    {
        while (true)
        {
            var next = text.IndexOfAny(Escaped);
            if (next < 0)
            {
                return builder.Append(text);
            }
            builder.Append(text[..next]).Append(text[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                _ => "&gt;",
            });
            text = text[(next + 1)..];
        }
    }

    /// <summary><paramref name="text"/> with &amp;, &lt; and &gt; escaped.</summary>
    public static string Escape(string text) =>
        text.AsSpan().IndexOfAny(Escaped) < 0 ? text : AppendEscaped(new StringBuilder(text.Length + 16), text).ToString();

    /// <summary>
    /// Escapes &amp;, &lt; and &gt; in the builder from <paramref name="start"/> on, in place (for text laid out
    /// before escaping, such as a table row).
    /// </summary>
    public static void EscapeInPlace(StringBuilder builder, int start)
    {
        var count = builder.Length - start;
        builder.Replace("&", "&amp;", start, count);
        builder.Replace("<", "&lt;", start, builder.Length - start);
        builder.Replace(">", "&gt;", start, builder.Length - start);
    }

    /// <summary>True when <paramref name="text"/> holds none of <c>* _ ~ `</c>, so escaped it shows literally in mrkdwn.</summary>
    public static bool IsInert(ReadOnlySpan<char> text) => text.IndexOfAny(Formatting) < 0;
}
