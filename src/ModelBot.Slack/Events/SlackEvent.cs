namespace ModelBot.Slack.Events;

/// <summary>The inner event of an <c>event_callback</c> (the fields of <c>app_mention</c> and message events that ModelBot reads).</summary>
public sealed record SlackEvent
{
    /// <summary>The event type that ModelBot answers.</summary>
    public const string AppMentionType = "app_mention";

    /// <summary>The event type, e.g. <c>app_mention</c>.</summary>
    public string? Type { get; init; }

    /// <summary>A message subtype, e.g. <c>bot_message</c>.</summary>
    public string? Subtype { get; init; }

    /// <summary>Who wrote the message.</summary>
    public string? User { get; init; }

    /// <summary>Set when a bot wrote the message.</summary>
    public string? BotId { get; init; }

    /// <summary>The message text, with mentions as <c>&lt;@U…&gt;</c>.</summary>
    public string? Text { get; init; }

    /// <summary>The message's timestamp (its id).</summary>
    public string? Ts { get; init; }

    /// <summary>The thread's parent timestamp, when the message is in a thread.</summary>
    public string? ThreadTs { get; init; }

    /// <summary>The channel.</summary>
    public string? Channel { get; init; }
}
