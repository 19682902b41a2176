using System.Text.RegularExpressions;

namespace ModelBot.Slack.Events;

/// <summary>Removes user mentions (<c>&lt;@U123&gt;</c>, <c>&lt;@U123|name&gt;</c>) from message text, leaving the question.</summary>
public static partial class MentionText
{
    /// <summary>The text without mentions, whitespace collapsed at the ends.</summary>
    public static string Strip(string? text) =>
        string.IsNullOrEmpty(text) ? "" : UserMention().Replace(text, " ").Trim();

    [GeneratedRegex(@"<@[A-Z0-9]+(?:\|[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex UserMention();
}
