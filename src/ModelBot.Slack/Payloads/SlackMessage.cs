namespace ModelBot.Slack.Payloads;

/// <summary>
/// A Slack message: the body of a slash-command reply, a <c>response_url</c> post or (without
/// <see cref="ResponseType"/>) a <c>chat.postMessage</c> call's message part.
/// </summary>
public sealed record SlackMessage
{
    /// <summary>Plain fallback for notifications and clients without blocks; always present, at most 40,000 characters.</summary>
    public required string Text { get; init; }

    /// <summary>Block Kit layout, at most 50 blocks.</summary>
    public IReadOnlyList<Block>? Blocks { get; init; }

    /// <summary><see cref="ResponseTypes.Ephemeral"/> or <see cref="ResponseTypes.InChannel"/> (slash commands, response_url).</summary>
    public string? ResponseType { get; init; }

    /// <summary>Reply in this thread.</summary>
    public string? ThreadTs { get; init; }

    /// <summary>response_url only: replace the message the interaction came from.</summary>
    public bool? ReplaceOriginal { get; init; }
}
