using ModelBot.Slack.Payloads;

namespace ModelBot.Slack.Dispatch;

/// <summary>What to acknowledge a slash command with: the answer itself, or nothing (the answer follows on <c>response_url</c>).</summary>
/// <param name="Message">The reply to send with the acknowledgement, or null for an empty acknowledgement.</param>
public readonly record struct SlashCommandReply(SlackMessage? Message)
{
    /// <summary>An empty acknowledgement.</summary>
    public static SlashCommandReply Empty => default;
}
