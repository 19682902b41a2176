namespace ModelBot.Discord.Rest;

/// <summary>
/// REST paths as they may appear in logs and error texts. An interaction token (in <c>/interactions/{id}/{token}</c>
/// and <c>/webhooks/{application_id}/{token}</c>) lets anyone edit or delete the reply and post as the app for
/// 15 minutes, so it is never written out.
/// </summary>
public static class RestPaths
{
    /// <summary>What a token is replaced with.</summary>
    public const string TokenPlaceholder = "{token}";

    /// <summary><paramref name="path"/> with the token segment after <c>/interactions/{id}/</c> or <c>/webhooks/{id}/</c> replaced.</summary>
    public static string Redact(string path)
    {
        if (!path.StartsWith("/interactions/", StringComparison.Ordinal) && !path.StartsWith("/webhooks/", StringComparison.Ordinal))
        {
            return path;
        }
        // ["", "webhooks", id, token, rest…]
        var segments = path.Split('/');
        if (segments.Length > 3 && segments[3].Length > 0)
        {
            segments[3] = TokenPlaceholder;
        }
        return string.Join('/', segments);
    }
}
