using System.Text;
using ModelBot.Commands.Rendering;
using ModelBot.Slack.Payloads;

namespace ModelBot.Slack.Rendering;

/// <summary>
/// An answer's summary as a text object: mrkdwn with its <c>**bold**</c> runs as <c>*bold*</c> when the text holds
/// no other formatting character, otherwise plain_text with the markers dropped, so dataset text can never format.
/// </summary>
internal static class SlackSummary
{
    public static TextObject Text(string summary)
    {
        var inert = true;
        foreach (var span in SummaryMarkup.Spans(summary))
        {
            inert &= SlackMrkdwn.IsInert(summary.AsSpan(span.Start, span.Length));
        }
        var builder = StringBuilderCache.Acquire(summary.Length + 16);
        foreach (var span in SummaryMarkup.Spans(summary))
        {
            var text = summary.AsSpan(span.Start, span.Length);
            if (!inert)
            {
                builder.Append(text);
            }
            else if (span.Bold)
            {
                SlackMrkdwn.AppendEscaped(builder.Append('*'), text).Append('*');
            }
            else
            {
                SlackMrkdwn.AppendEscaped(builder, text);
            }
        }
        var written = StringBuilderCache.ToStringAndRelease(builder);
        return inert ? TextObject.Mrkdwn(written) : TextObject.Plain(written);
    }

    /// <summary>The summary as plain text, markers dropped.</summary>
    public static StringBuilder AppendPlain(StringBuilder builder, string summary)
    {
        foreach (var span in SummaryMarkup.Spans(summary))
        {
            builder.Append(summary.AsSpan(span.Start, span.Length));
        }
        return builder;
    }
}
