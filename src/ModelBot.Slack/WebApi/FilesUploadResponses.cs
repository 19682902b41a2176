namespace ModelBot.Slack.WebApi;

/// <summary><c>files.getUploadURLExternal</c>'s answer: where to send the bytes and the new file's id.</summary>
public sealed class FilesGetUploadUrlExternalResponse : SlackApiResponse
{
    /// <summary>The URL the file's bytes are POSTed to.</summary>
    public string? UploadUrl { get; init; }

    /// <summary>The file's id, for <c>files.completeUploadExternal</c>.</summary>
    public string? FileId { get; init; }
}

/// <summary><c>files.completeUploadExternal</c>'s answer (the shared files are not read).</summary>
public sealed class FilesCompleteUploadExternalResponse : SlackApiResponse;
