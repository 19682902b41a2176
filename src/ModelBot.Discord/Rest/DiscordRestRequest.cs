namespace ModelBot.Discord.Rest;

/// <summary>One call to Discord's REST API.</summary>
public sealed record DiscordRestRequest
{
    /// <summary>The HTTP method.</summary>
    public required HttpMethod Method { get; init; }

    /// <summary>The path under the API base URL, e.g. <c>/applications/123/commands</c>.</summary>
    public required string Path { get; init; }

    /// <summary>
    /// The route's template (e.g. <c>PUT /applications/{application_id}/commands</c>) that Discord maps to a rate
    /// limit bucket, or null for one-off routes (interaction callbacks, webhook edits keyed by a unique token), which
    /// only honour the global limit and 429 answers.
    /// </summary>
    public string? Route { get; init; }

    /// <summary>The route's major parameter (application, guild, channel or webhook id) that splits a bucket.</summary>
    public string MajorParameter { get; init; } = "";

    /// <summary>A UTF-8 JSON body, or empty for none.</summary>
    public ReadOnlyMemory<byte> JsonBody { get; init; }

    /// <summary>
    /// Files to upload with the request: when any is set the body is <c>multipart/form-data</c> with
    /// <see cref="JsonBody"/> as the part <c>payload_json</c> and each file as <c>files[n]</c>.
    /// </summary>
    public IReadOnlyList<RestFile> Files { get; init; } = [];

    /// <summary>Send <c>Authorization: Bot …</c>; interaction callbacks and webhook edits authenticate by their token instead.</summary>
    public bool UseBotToken { get; init; } = true;

    /// <summary>
    /// An interaction endpoint (<c>/interactions/{id}/{token}/…</c> or <c>/webhooks/{application_id}/{token}…</c>):
    /// authenticated by the interaction's token, and not bound to the bot's global rate limit.
    /// </summary>
    public bool IsInteractionEndpoint =>
        Path.StartsWith("/interactions/", StringComparison.Ordinal) || Path.StartsWith("/webhooks/", StringComparison.Ordinal);

    /// <summary>The path as it may be logged: the interaction or webhook token replaced by <c>{token}</c>.</summary>
    public string LogPath => RestPaths.Redact(Path);

    /// <summary>Whether repeating the request cannot do anything twice (so an unavailable server may be retried).</summary>
    public bool IsIdempotent => Method == HttpMethod.Get || Method == HttpMethod.Put || Method == HttpMethod.Patch || Method == HttpMethod.Delete;
}
