using ModelBot.Slack.Payloads;

namespace ModelBot.Slack.WebApi;

/// <summary>The body of <c>chat.postMessage</c>.</summary>
public sealed record ChatPostMessageRequest
{
    /// <summary>Channel id.</summary>
    public required string Channel { get; init; }

    /// <summary>Plain fallback text.</summary>
    public required string Text { get; init; }

    /// <summary>Block Kit layout.</summary>
    public IReadOnlyList<Block>? Blocks { get; init; }

    /// <summary>Reply in this thread.</summary>
    public string? ThreadTs { get; init; }

    /// <summary>Unfurl links in the text (off: sources are cited, not previewed).</summary>
    public bool UnfurlLinks { get; init; }
}
