using ModelBot.Core.Names;

namespace ModelBot.Core.Queries;

/// <summary>Finds the leaderboard section a typed setting means ("no tools", "notools", "contemplating").</summary>
internal static class SettingMatcher
{
    /// <summary>
    /// The exact match if any, with the settings that narrow it by a mode ("with tools" also brings "with tools,
    /// Contemplating": a model run with tools in its own reasoning mode is still run with tools); else every section
    /// whose setting contains the typed words. <paramref name="exact"/> says which of the two it is.
    /// </summary>
    public static IReadOnlyList<LeaderboardSection> Match(IReadOnlyList<LeaderboardSection> sections, string setting, out bool exact)
    {
        exact = false;
        var key = NameKey.Normalize(setting);
        if (key.Length == 0)
        {
            return [];
        }

        foreach (var section in sections)
        {
            if (NameKey.Normalize(section.Setting) == key)
            {
                exact = true;
                var narrower = new List<LeaderboardSection>(2) { section };
                foreach (var other in sections)
                {
                    if (!ReferenceEquals(other, section) && other.Setting.StartsWith(section.Setting + ",", StringComparison.OrdinalIgnoreCase))
                    {
                        narrower.Add(other);
                    }
                }

                return narrower;
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
