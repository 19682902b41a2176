namespace ModelBot.Slack.Commands;

/// <summary>Maps Slack slash command names to catalog names and back, with the configured prefix (<c>/mb-compare</c> ↔ <c>compare</c>).</summary>
public static class SlackCommandNames
{
    /// <summary>The slash command Slack shows for catalog command <paramref name="name"/>.</summary>
    public static string ToSlack(string name, string prefix) => "/" + prefix + name;

    /// <summary>The catalog name for the typed <paramref name="command"/>: slash and prefix removed, lowercase.</summary>
    public static string ToCatalog(string command, string prefix)
    {
        var name = command.AsSpan().Trim().TrimStart('/');
        if (prefix.Length > 0 && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && name.Length > prefix.Length)
        {
            name = name[prefix.Length..];
        }
        return name.ToString().ToLowerInvariant();
    }
}
