namespace ModelBot.Slack.WebApi;

/// <summary>The response of <c>chat.postEphemeral</c>.</summary>
public sealed class ChatPostEphemeralResponse : SlackApiResponse
{
    /// <summary>The ephemeral message's timestamp.</summary>
    public string? MessageTs { get; init; }
}
