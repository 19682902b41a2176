using ModelBot.Slack.Payloads;

namespace ModelBot.Slack.WebApi;

/// <summary>The body of <c>chat.postEphemeral</c>: a message only <see cref="User"/> sees.</summary>
public sealed record ChatPostEphemeralRequest
{
    /// <summary>Channel id.</summary>
    public required string Channel { get; init; }

    /// <summary>The user who sees the message.</summary>
    public required string User { get; init; }

    /// <summary>Plain fallback text.</summary>
    public required string Text { get; init; }

    /// <summary>Block Kit layout.</summary>
    public IReadOnlyList<Block>? Blocks { get; init; }

    /// <summary>Show it in this thread.</summary>
    public string? ThreadTs { get; init; }
}
