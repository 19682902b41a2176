namespace ModelBot.Slack.WebApi;

/// <summary>The response of <c>auth.test</c>: who the bot token belongs to.</summary>
public sealed class AuthTestResponse : SlackApiResponse
{
    /// <summary>The bot's user id (U…), used to ignore the bot's own messages.</summary>
    public string? UserId { get; init; }

    /// <summary>The bot's id (B…).</summary>
    public string? BotId { get; init; }

    /// <summary>The workspace id.</summary>
    public string? TeamId { get; init; }

    /// <summary>The bot user's name.</summary>
    public string? User { get; init; }
}
