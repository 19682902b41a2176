namespace ModelBot.Commands.Questions;

/// <summary>
/// Strips the mentions a chat message opens with ("@ModelBot", "@everyone", Discord's "&lt;@123&gt;", Slack's
/// "&lt;@U123&gt;"): they address the message, they are not part of the question.
/// </summary>
public static class LeadingMentions
{
    /// <summary>The text without its leading mentions, trimmed.</summary>
    public static string Strip(string text)
    {
        var span = text.AsSpan().Trim();
        while (span.Length > 0)
        {
            if (span[0] == '<' && span.Length > 1 && span[1] is '@' or '!')
            {
                var close = span.IndexOf('>');
                if (close < 0)
                {
                    break;
                }

                span = span[(close + 1)..].TrimStart();
            }
            else if (span[0] == '@')
            {
                var end = span.IndexOfAny(' ', ',', ':');
                span = end < 0 ? [] : span[(end + 1)..].TrimStart(" ,:");
            }
            else
            {
                break;
            }
        }

        return span.ToString();
    }
}
