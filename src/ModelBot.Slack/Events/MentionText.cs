using System.Text.RegularExpressions;

namespace ModelBot.Slack.Events;

/// <summary>
/// Removes mentions from message text, leaving the question: user mentions (<c>&lt;@U123&gt;</c>,
/// <c>&lt;@U123|name&gt;</c>) and Slack's special mentions (<c>&lt;!everyone&gt;</c>, <c>&lt;!here&gt;</c>,
/// <c>&lt;!channel&gt;</c>, <c>&lt;!subteam^S123|@team&gt;</c>). Plain text that starts with "@" is kept: it is part of the request.
/// </summary>
public static partial class MentionText
{
    /// <summary>The text without mentions, whitespace collapsed at the ends.</summary>
    public static string Strip(string? text) =>
        string.IsNullOrEmpty(text) ? "" : Mention().Replace(text, " ").Trim();

    [GeneratedRegex(@"<@[A-Z0-9]+(?:\|[^>]*)?>|<!(?:everyone|here|channel|subteam\^[A-Z0-9]+)(?:\|[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();
}
