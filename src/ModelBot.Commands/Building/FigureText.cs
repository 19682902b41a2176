using System.Globalization;
using System.Text;
using ModelBot.Core.Dataset;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Building;

/// <summary>Numbers and units as answers show them: invariant culture, the value as the data writes it.</summary>
public static class FigureText
{
    /// <summary>The unit's short text: "%", "Elo", "tokens", "M tokens", "points".</summary>
    public static string Unit(Unit unit) => unit switch
    {
        Core.Dataset.Unit.Percent => "%",
        Core.Dataset.Unit.Elo => "Elo",
        Core.Dataset.Unit.Tokens => "tokens",
        Core.Dataset.Unit.MillionTokens => "M tokens",
        _ => "points",
    };

    /// <summary>What a benchmark's figures measure, as a table row tells charts.</summary>
    public static Answers.RowMeasure Measure(Benchmark benchmark) => new(Unit(benchmark.Unit), benchmark.Direction == Direction.LowerIsBetter);

    /// <summary>The unit of a difference between two values: percentage points for percentages, the unit otherwise.</summary>
    public static string DifferenceUnit(Unit unit) => unit == Core.Dataset.Unit.Percent ? "points" : Unit(unit);

    /// <summary>A value as written in the data (42.8, 1444), in invariant culture.</summary>
    public static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A value with its unit: "42.8%", "1444 Elo", "120 M tokens", "57 points".</summary>
    public static string Value(double value, Unit unit) => unit == Core.Dataset.Unit.Percent
        ? string.Create(CultureInfo.InvariantCulture, $"{value}%")
        : string.Create(CultureInfo.InvariantCulture, $"{value} {Unit(unit)}");

    /// <summary>A figure's value with as many decimals as the data writes it (33.0, not 33), in invariant culture.</summary>
    public static string Number(Result figure)
    {
        var decimals = Math.Max(figure.Decimals, Decimals(figure.Value));
        return figure.Value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>A figure with its unit, written as the data writes it: "33.0%", "1444 Elo".</summary>
    public static string Value(Result figure, Unit unit) => unit == Core.Dataset.Unit.Percent
        ? string.Concat(Number(figure), "%")
        : string.Concat(Number(figure), " ", Unit(unit));

    /// <summary>The absolute difference of two figures, to the precision the data writes them in (41.0 − 33.0 = 8.0).</summary>
    public static string Difference(Result a, Result b, Unit unit)
    {
        var decimals = Math.Max(Math.Max(a.Decimals, Decimals(a.Value)), Math.Max(b.Decimals, Decimals(b.Value)));
        var difference = Math.Round(Math.Abs(a.Value - b.Value), decimals, MidpointRounding.AwayFromZero);
        var differenceUnit = unit == Core.Dataset.Unit.Percent && difference.Equals(1.0) ? "point" : DifferenceUnit(unit);
        return string.Concat(difference.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), " ", differenceUnit);
    }

    /// <summary>The absolute difference of two values, rounded to the precision the data is written in.</summary>
    public static string Difference(double a, double b, Unit unit)
    {
        var difference = Math.Round(Math.Abs(a - b), Math.Max(Decimals(a), Decimals(b)), MidpointRounding.AwayFromZero);
        var differenceUnit = unit == Core.Dataset.Unit.Percent && difference.Equals(1.0) ? "point" : DifferenceUnit(unit);
        return string.Concat(Number(difference), " ", differenceUnit);
    }

    /// <summary>How a figure whose source names no setting is labelled beside figures in named settings.</summary>
    public const string SettingNotStated = "setting not stated";

    /// <summary>A setting as answers name it: "setting not stated" for the data's "default".</summary>
    public static string SettingLabel(string setting) => IsDefaultSetting(setting) ? SettingNotStated : setting;

    /// <summary>"1st", "2nd", "3rd", "11th", "22nd".</summary>
    public static string Ordinal(int rank) => (rank % 100) switch
    {
        11 or 12 or 13 => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{rank}th"),
        _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{rank}{(rank % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" }}"),
    };

    /// <summary>A setting for display next to a benchmark name: empty for "default".</summary>
    public static bool IsDefaultSetting(string setting) => string.Equals(setting, "default", StringComparison.OrdinalIgnoreCase);

    /// <summary>"HealthBench Hard" or "HLE (with tools)".</summary>
    public static string BenchmarkWithSetting(string benchmark, string setting) =>
        IsDefaultSetting(setting) ? benchmark : string.Concat(benchmark, " (", setting, ")");

    /// <summary>
    /// <see cref="BenchmarkWithSetting"/>, except that beside other settings of the same benchmark a figure whose source
    /// names none says so: "HLE (setting not stated)" next to "HLE (no tools)".
    /// </summary>
    public static string BenchmarkWithSetting(string benchmark, string setting, bool besideOtherSettings) =>
        BenchmarkWithSetting(benchmark, besideOtherSettings ? SettingLabel(setting) : setting);

    /// <summary>
    /// What a figure's own setting adds to the setting of the ranking it sits in: " (Contemplating)" for Muse Spark's
    /// "with tools, Contemplating" figure among the "with tools" ones; empty when they are the same.
    /// </summary>
    public static string OwnSetting(string rankedSetting, string figureSetting)
    {
        if (string.Equals(rankedSetting, figureSetting, StringComparison.OrdinalIgnoreCase))
        {
            return string.Empty;
        }

        var extra = figureSetting.StartsWith(rankedSetting + ", ", StringComparison.OrdinalIgnoreCase)
            ? figureSetting[(rankedSetting.Length + 2)..]
            : figureSetting;
        return string.Concat(" (", extra, ")");
    }

    /// <summary>
    /// The setting of an entrant's own figure: the section's, or for an entrant in one of its modes the setting as the
    /// data writes it ("no tools, Contemplating"), since the section's "no tools" would hide the mode.
    /// </summary>
    public static string EntrySetting(LeaderboardSection section, LeaderboardEntry entry) => entry.Mode is null ? section.Setting : entry.Figure.Setting;

    /// <summary>"GPT-5.4 (40.1%)"; an entrant in one of its modes "Muse Spark (Contemplating, 50.2%)", not two brackets.</summary>
    public static string EntrantWithValue(LeaderboardEntry entry, Unit unit) => entry.Label == entry.Model.Name
        ? string.Concat(entry.Model.Name, " (", Value(entry.Figure, unit), ")")
        : string.Concat(entry.Model.Name, " (", entry.Mode, ", ", Value(entry.Figure, unit), ")");

    /// <summary>A table row's benchmark label: "HLE (with tools)", with " (lower is better)" when fewer is better.</summary>
    public static string RowLabel(Benchmark benchmark, string setting)
    {
        var label = BenchmarkWithSetting(benchmark.Name, setting);
        return benchmark.Direction == Direction.LowerIsBetter ? label + " (lower is better)" : label;
    }

    private static int Decimals(double value)
    {
        for (var decimals = 0; decimals < 6; decimals++)
        {
            if (Math.Abs(Math.Round(value, decimals) - value) < 1e-9)
            {
                return decimals;
            }
        }

        return 6;
    }
}
