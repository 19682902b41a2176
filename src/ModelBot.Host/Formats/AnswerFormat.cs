namespace ModelBot.Host.Formats;

/// <summary>The output formats of <c>modelbot ask --format</c>.</summary>
public enum AnswerFormat
{
    /// <summary>Console text: aligned table, bar chart, source footnotes.</summary>
    Text,

    /// <summary>The neutral answer as JSON (<c>ok</c>, <c>command</c>, <c>title</c>, <c>results</c>, ...).</summary>
    Json,

    /// <summary>The exact Discord message payload.</summary>
    Discord,

    /// <summary>The exact Slack Block Kit payload.</summary>
    Slack,
}
