using ModelBot.Rendering.Tests;

namespace ModelBot.Conformance.Tests;

/// <summary>
/// Every golden JSON payload in the repository (tests/**/Golden/*.json), sorted into the platform whose types check it.
/// Both conformance checks take their lists from here, so a golden file added anywhere is checked without editing them.
/// </summary>
internal static class ConformanceGoldens
{
    /// <summary>Golden JSON files that are not chat payloads, and why no platform type checks them.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotChecked = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".manifest.json"] = "a Slack app manifest, not a message payload: @slack/types has no manifest type (the manifest tests compare it with its golden)",
    };

    /// <summary>All golden JSON files, relative to the repository root with '/' separators.</summary>
    public static IReadOnlyList<string> All()
    {
        var root = GoldenFile.RepositoryRoot();
        return [.. Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => path.Contains("/Golden/", StringComparison.Ordinal)
                && !path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal) && !path.Contains("/node_modules/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The payloads ModelBot sends to Discord: every golden of the Discord tests and every *.discord.json.</summary>
    public static IReadOnlyList<string> Discord() =>
        [.. All().Where(path => !IsNotChecked(path) && (path.StartsWith("tests/ModelBot.Discord.Tests/", StringComparison.Ordinal) || path.EndsWith(".discord.json", StringComparison.Ordinal)))];

    /// <summary>The payloads ModelBot sends to Slack: every golden of the Slack tests and every *.slack.json.</summary>
    public static IReadOnlyList<string> Slack() =>
        [.. All().Where(path => !IsNotChecked(path) && (path.StartsWith("tests/ModelBot.Slack.Tests/", StringComparison.Ordinal) || path.EndsWith(".slack.json", StringComparison.Ordinal)))];

    /// <summary>Whether a golden is deliberately left out (see <see cref="NotChecked"/>).</summary>
    public static bool IsNotChecked(string path) => NotChecked.Keys.Any(suffix => path.EndsWith(suffix, StringComparison.Ordinal));
}
