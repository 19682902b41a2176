using ModelBot.Core.Names;

namespace ModelBot.Core.Queries;

/// <summary>Finds the leaderboard section a typed setting means ("no tools", "notools", "contemplating").</summary>
internal static class SettingMatcher
{
    /// <summary>The exact match if any, else every section whose setting contains the typed words.</summary>
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

        var partial = new List<LeaderboardSection>();
        foreach (var section in sections)
        {
            if (NameKey.Normalize(section.Setting).Contains(key, StringComparison.Ordinal))
            {
                partial.Add(section);
            }
        }

        return partial;
    }
}
