namespace ModelBot.Slack.Interactivity;

/// <summary>An interaction payload (the <c>payload</c> form field, or a Socket Mode <c>interactive</c> envelope's payload).</summary>
public sealed record BlockActionsPayload
{
    /// <summary>The payload type; ModelBot handles <see cref="BlockActionsType"/>.</summary>
    public const string BlockActionsType = "block_actions";

    /// <summary>The interaction type, e.g. <c>block_actions</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Who clicked.</summary>
    public SlackObjectRef? User { get; init; }

    /// <summary>Where the message is.</summary>
    public SlackObjectRef? Channel { get; init; }

    /// <summary>The workspace.</summary>
    public SlackObjectRef? Team { get; init; }

    /// <summary>Where to post the update (replace the message, or an ephemeral reply).</summary>
    public string? ResponseUrl { get; init; }

    /// <summary>Opens a modal within three seconds.</summary>
    public string? TriggerId { get; init; }

    /// <summary>The actions taken (one per click).</summary>
    public IReadOnlyList<BlockAction> Actions { get; init; } = [];
}
