namespace ModelBot.Slack.Tests.Support;

/// <summary>One request the fake Slack server received.</summary>
internal sealed record RecordedCall(string Method, string? Authorization, string Body)
{
    /// <summary>The body as received (a file's bytes for uploads).</summary>
    public byte[] Bytes { get; init; } = [];

    /// <summary>The request's Content-Type.</summary>
    public string? ContentType { get; init; }
}
