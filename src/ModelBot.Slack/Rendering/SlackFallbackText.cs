using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Rendering;

namespace ModelBot.Slack.Rendering;

/// <summary>The top-level <c>text</c> of a message: title and summary (or the error and suggestions), escaped, one or two lines.</summary>
internal static class SlackFallbackText
{
    private const int RawLength = 2000;

    public static string For(Answer answer)
    {
        var plain = StringBuilderCache.Acquire(1024);
        if (!answer.Ok)
        {
            plain.Append("error: ").Append(answer.Error ?? answer.Title);
            if (answer.Suggestions.Count > 0)
            {
                plain.Append("\ndid you mean: ").AppendJoin(", ", answer.Suggestions);
            }
        }
        else
        {
            plain.Append(TextFit.SingleLine(answer.Title));
            if (!string.IsNullOrWhiteSpace(answer.Summary))
            {
                SlackSummary.AppendPlain(plain.Append('\n'), answer.Summary);
            }
        }
        var text = TextFit.ToLength(StringBuilderCache.ToStringAndRelease(plain), RawLength);
        var escaped = SlackMrkdwn.Escape(text);
        return escaped.Length == 0 ? "ModelBot" : escaped;
    }
}
