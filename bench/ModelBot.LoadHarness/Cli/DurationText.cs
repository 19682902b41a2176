using System.Globalization;

namespace ModelBot.LoadHarness.Cli;

/// <summary>Durations as people type them on a command line: <c>45</c> or <c>45s</c>, <c>10m</c>, <c>2h</c>.</summary>
public static class DurationText
{
    /// <summary>Parses a whole number with an optional unit (s, m, h; seconds when none).</summary>
    public static bool TryParse(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }
        var unit = char.ToLowerInvariant(trimmed[^1]);
        var number = char.IsAsciiDigit(unit) ? trimmed : trimmed[..^1];
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }
        switch (unit)
        {
            case 'h':
                value = TimeSpan.FromHours(amount);
                return true;
            case 'm':
                value = TimeSpan.FromMinutes(amount);
                return true;
            case 's':
            case >= '0' and <= '9':
                value = TimeSpan.FromSeconds(amount);
                return true;
            default:
                return false;
        }
    }

    /// <summary>A short form for reports: <c>10m</c>, <c>90s</c>, <c>1h30m</c>.</summary>
    public static string Format(TimeSpan value)
    {
        if (value.TotalSeconds < 60 || value.Seconds != 0)
        {
            return $"{(int)value.TotalSeconds}s";
        }
        return value.Minutes == 0 ? $"{(int)value.TotalHours}h" : value.Hours == 0 ? $"{(int)value.TotalMinutes}m" : $"{(int)value.TotalHours}h{value.Minutes}m";
    }
}
