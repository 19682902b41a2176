using ModelBot.Core.Names;

namespace ModelBot.Core.Queries;

/// <summary>Finds the leaderboard section a typed setting means ("no tools", "notools", "contemplating").</summary>
internal static class SettingMatcher
{
    /// <summary>The exact match if any (standard and special-mode sections), else every section whose setting contains the typed words.</summary>
    public static IReadOnlyList<LeaderboardSection> Match(IReadOnlyList<LeaderboardSection> sections, string setting)
    {
        var key = NameKey.Normalize(setting);
        if (key.Length == 0)
        {
            return [];
        }

        // A setting's standard runs and its special-mode runs are two sections of one setting.
        var exact = new List<LeaderboardSection>(2);
        foreach (var section in sections)
        {
            if (NameKey.Normalize(section.Setting) == key)
            {
                exact.Add(section);
            }
        }

        if (exact.Count > 0)
        {
            return exact;
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

    /// <summary>How many different settings <paramref name="sections"/> rank (a setting's mode section is the same setting).</summary>
    public static int SettingCount(IReadOnlyList<LeaderboardSection> sections)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            keys.Add(NameKey.Normalize(section.Setting));
        }

        return keys.Count;
    }

    /// <summary>
    /// When the typed setting names a model's mode ("contemplating", "no tools contemplating"), whose runs rank in the
    /// special-mode section of their setting: the sections where an entrant ran in that mode and
    /// whose setting holds the rest of what was typed, and the mode as the data writes it.
    /// </summary>
    public static (IReadOnlyList<LeaderboardSection> Sections, string? Mode) MatchMode(IReadOnlyList<LeaderboardSection> sections, string setting)
    {
        var key = NameKey.Normalize(setting);
        var found = new List<LeaderboardSection>();
        string? mode = null;
        if (key.Length == 0)
        {
            return (found, null);
        }

        foreach (var section in sections)
        {
            if (EntrantMode(section, key) is { } named)
            {
                found.Add(section);
                mode ??= named;
            }
        }

        return (found, mode);
    }

    private static string? EntrantMode(LeaderboardSection section, string key)
    {
        var settingKey = NameKey.Normalize(section.Setting);
        foreach (var entry in section.Entries)
        {
            if (entry.Mode is null)
            {
                continue;
            }

            var modeKey = NameKey.Normalize(entry.Mode);
            var at = modeKey.Length == 0 ? -1 : key.IndexOf(modeKey, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var rest = key.Remove(at, modeKey.Length);
            if (rest.Length == 0 || settingKey.Contains(rest, StringComparison.Ordinal))
            {
                return entry.Mode;
            }
        }

        return null;
    }
}
