namespace ModelBot.Slack.Interactivity;

/// <summary>One action in a <c>block_actions</c> payload: the button clicked.</summary>
public sealed record BlockAction
{
    /// <summary>The element's <c>action_id</c>.</summary>
    public string? ActionId { get; init; }

    /// <summary>The block holding the element.</summary>
    public string? BlockId { get; init; }

    /// <summary>The button's value.</summary>
    public string? Value { get; init; }

    /// <summary>The element type, e.g. <c>button</c>.</summary>
    public string? Type { get; init; }
}
