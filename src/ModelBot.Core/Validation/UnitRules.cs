using ModelBot.Core.Dataset;

namespace ModelBot.Core.Validation;

/// <summary>Which values are possible in each unit.</summary>
public static class UnitRules
{
    /// <summary>Why <paramref name="value"/> is impossible in <paramref name="unit"/>, or null when it is possible.</summary>
    public static string? Problem(double value, Unit unit)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return $"value {Format(value)} is not a finite number";
        }

        return unit switch
        {
            Unit.Percent when value is < 0 or > 100 => $"value {Format(value)} is impossible for a percentage (0–100)",
            Unit.Elo when value <= 0 => $"value {Format(value)} is impossible for an Elo rating (must be positive)",
            Unit.Tokens or Unit.MillionTokens when value < 0 => $"value {Format(value)} is impossible for a token count (must not be negative)",
            Unit.Score when value < 0 => $"value {Format(value)} is impossible for a score (must not be negative)",
            _ => null,
        };
    }

    private static string Format(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
