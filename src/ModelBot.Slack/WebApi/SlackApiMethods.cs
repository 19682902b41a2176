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

    /// <summary>Reserves an upload: where to send a file's bytes, and its id.</summary>
    public const string FilesGetUploadUrlExternal = "files.getUploadURLExternal";

    /// <summary>Finishes uploads and shares the files into a conversation or thread.</summary>
    public const string FilesCompleteUploadExternal = "files.completeUploadExternal";

    /// <summary>Our name for the POST of a file's bytes to the upload URL.</summary>
    public const string FileUpload = "file_upload";

    /// <summary>Our name for posts to a slash command's or interaction's <c>response_url</c>.</summary>
    public const string ResponseUrl = "response_url";
}
