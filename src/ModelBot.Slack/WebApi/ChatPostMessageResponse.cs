namespace ModelBot.Slack.WebApi;

/// <summary>The response of <c>chat.postMessage</c>.</summary>
public sealed class ChatPostMessageResponse : SlackApiResponse
{
    /// <summary>The channel the message went to.</summary>
    public string? Channel { get; init; }

    /// <summary>The message's timestamp (its id).</summary>
    public string? Ts { get; init; }
}
