namespace ModelBot.Slack.WebApi;

/// <summary>The Web API methods the adapter calls.</summary>
public static class SlackApiMethods
{
    /// <summary>Posts a message to a channel or thread.</summary>
    public const string ChatPostMessage = "chat.postMessage";

    /// <summary>Posts a message only one user sees.</summary>
    public const string ChatPostEphemeral = "chat.postEphemeral";

    /// <summary>Tells who a token belongs to.</summary>
    public const string AuthTest = "auth.test";

    /// <summary>Opens a Socket Mode connection (app-level token).</summary>
    public const string AppsConnectionsOpen = "apps.connections.open";

    /// <summary>Our name for posts to a slash command's or interaction's <c>response_url</c>.</summary>
    public const string ResponseUrl = "response_url";
}
