using ModelBot.Commands.Delivery;

namespace ModelBot.Slack.Dispatch;

/// <summary>
/// Where a Slack answer went, for <see cref="IAnswerFollowOn{TTarget}"/> steps (a chart uploaded as a file): the
/// conversation and, for an @mention, the thread. A class, not a record, so that printing it never prints the
/// response_url (a credential for thirty minutes).
/// </summary>
public sealed class SlackReplyTarget(string transport, string? channelId, string? threadTs, string? userId, string? responseUrl, bool ephemeral)
{
    /// <summary><see cref="TransportNames.SlackHttp"/> or <see cref="TransportNames.SlackSocket"/>.</summary>
    public string Transport { get; } = transport;

    /// <summary>The conversation the answer is in.</summary>
    public string? ChannelId { get; } = channelId;

    /// <summary>The thread the answer is in (@mentions), or null for a slash command's answer.</summary>
    public string? ThreadTs { get; } = threadTs;

    /// <summary>Who asked.</summary>
    public string? UserId { get; } = userId;

    /// <summary>The slash command's response_url, when it has one (never log it).</summary>
    public string? ResponseUrl { get; } = responseUrl;

    /// <summary>Whether the answer was shown to the asker alone (a file upload would show it to everyone).</summary>
    public bool Ephemeral { get; } = ephemeral;
}
