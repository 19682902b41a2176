using ModelBot.Commands.Delivery;

namespace ModelBot.Slack.Dispatch;

/// <summary>What to acknowledge a slash command with: the answer itself, or nothing (the answer follows on <c>response_url</c>).</summary>
/// <param name="Json">
/// The reply as UTF-8 JSON (a Block Kit message), or empty for an empty acknowledgement. The bytes may be shared with
/// the reply cache and must not be changed.
/// </param>
public readonly record struct SlashCommandReply(ReadOnlyMemory<byte> Json)
{
    /// <summary>An empty acknowledgement.</summary>
    public static SlashCommandReply Empty => default;

    /// <summary>Whether there is no message to send with the acknowledgement.</summary>
    public bool IsEmpty => Json.IsEmpty;

    /// <summary>When the reply holds the answer: what follow-on steps add to once the acknowledgement was sent.</summary>
    public DeliveredAnswer<SlackReplyTarget>? Delivered { get; init; }
}
