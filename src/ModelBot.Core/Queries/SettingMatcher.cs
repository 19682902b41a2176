using ModelBot.Core.Names;

namespace ModelBot.Core.Queries;

/// <summary>Finds the leaderboard section a typed setting means ("no tools", "notools", "contemplating").</summary>
internal static class SettingMatcher
{
    /// <summary>
    /// The exact match if any (a section's setting, or that of a figure ranked in it), else every section whose
    /// setting, or one of whose figures' settings, contains the typed words.
    /// </summary>
    public static IReadOnlyList<LeaderboardSection> Match(IReadOnlyList<LeaderboardSection> sections, string setting)
    {
        var key = NameKey.Normalize(setting);
        if (key.Length == 0)
        {
            return [];
        }

        foreach (var section in sections)
        {
            if (NameKey.Normalize(section.Setting) == key)
            {
                return [section];
            }
        }

        // A section also answers for the own-mode figures ranked in it ("with tools, Contemplating" in "with tools").
        foreach (var section in sections)
        {
            if (section.Entries.Any(e => NameKey.Normalize(e.Figure.Setting) == key))
            {
                return [section];
            }
        }

        var partial = new List<LeaderboardSection>();
        foreach (var section in sections)
        {
            if (NameKey.Normalize(section.Setting).Contains(key, StringComparison.Ordinal)
                || section.Entries.Any(e => NameKey.Normalize(e.Figure.Setting).Contains(key, StringComparison.Ordinal)))
            {
                partial.Add(section);
            }
        }

        return partial;
    }
}
