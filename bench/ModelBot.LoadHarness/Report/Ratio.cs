namespace ModelBot.LoadHarness.Report;

/// <summary>Ratios between figures, undefined when either side is missing or the divisor is zero.</summary>
public static class Ratio
{
    /// <summary><paramref name="numerator"/> ÷ <paramref name="denominator"/>, or null.</summary>
    public static double? Of(double? numerator, double? denominator) =>
        numerator is { } n && denominator is { } d && d > 0 && double.IsFinite(n) && double.IsFinite(d) ? n / d : null;
}
