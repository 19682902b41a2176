namespace ModelBot.Discord.Tests.Support;

/// <summary>A request the fake Discord API received.</summary>
internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The text fields of a <c>multipart/form-data</c> body (e.g. <c>payload_json</c>); empty otherwise.</summary>
    public IReadOnlyDictionary<string, string> FormFields { get; init; } = new Dictionary<string, string>();

    /// <summary>The files of a <c>multipart/form-data</c> body, in order; empty otherwise.</summary>
    public IReadOnlyList<RecordedFile> Files { get; init; } = [];
}

/// <summary>A file part of a multipart request: its field name (<c>files[0]</c>), file name, content type and bytes.</summary>
internal sealed record RecordedFile(string Name, string FileName, string ContentType, byte[] Content);
