namespace ModelBot.Slack.Interactivity;

/// <summary>A reference to a Slack user, channel or team in an interaction payload.</summary>
public sealed record SlackObjectRef
{
    /// <summary>The id (U…, C…, T…).</summary>
    public string? Id { get; init; }
}
