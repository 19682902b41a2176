namespace ModelBot.Slack.Payloads;

/// <summary>A button: plain_text label of at most 75 characters, action_id at most 255, value at most 2000.</summary>
public sealed record ButtonElement
{
    /// <summary>Always "button".</summary>
    public string Type => "button";

    /// <summary>The label (plain_text).</summary>
    public required TextObject Text { get; init; }

    /// <summary>Identifies the action in the interactivity payload.</summary>
    public required string ActionId { get; init; }

    /// <summary>Sent back with the action.</summary>
    public string? Value { get; init; }

    /// <summary>"primary" or "danger"; null for the default style.</summary>
    public string? Style { get; init; }
}
