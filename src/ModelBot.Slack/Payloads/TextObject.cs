namespace ModelBot.Slack.Payloads;

/// <summary>A composition text object: <c>plain_text</c> (shown literally) or <c>mrkdwn</c> (formatted; <c>&amp; &lt; &gt;</c> escaped).</summary>
public sealed record TextObject(string Type, string Text)
{
    /// <summary>The <c>plain_text</c> type.</summary>
    public const string PlainTextType = "plain_text";

    /// <summary>The <c>mrkdwn</c> type.</summary>
    public const string MrkdwnType = "mrkdwn";

    /// <summary>Text shown literally.</summary>
    public static TextObject Plain(string text) => new(PlainTextType, text);

    /// <summary>Formatted text; the caller has escaped it.</summary>
    public static TextObject Mrkdwn(string text) => new(MrkdwnType, text);
}
