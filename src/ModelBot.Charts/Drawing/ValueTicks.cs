using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace ModelBot.Charts.Drawing;

/// <summary>
/// The value axis's ticks: round steps (1, 2 or 5 × 10ⁿ, about five of them) from the axis start to the largest value,
/// never past it into the room kept for value labels, and never past 100 for percentages.
/// </summary>
internal static class ValueTicks
{
    private const int TargetCount = 5;

    public static NumericManual For(double left, double right, double max, string unit)
    {
        var top = unit == "%" ? Math.Min(Math.Max(max, 0), 100) : max;
        var step = Step(Math.Max(top - Math.Min(left, 0), 1e-9));
        var ticks = new NumericManual();
        var first = Math.Ceiling(left / step) * step;
        // The last tick may round up past the largest value by less than a step, while there is room for it.
        var last = Math.Min(Math.Ceiling(top / step) * step, unit == "%" ? 100 : right);
        for (var value = first; value <= last + (step / 1000); value += step)
        {
            ticks.AddMajor(value, Format(value));
        }
        return ticks;
    }

    /// <summary>The round step giving about <see cref="TargetCount"/> ticks over <paramref name="span"/>.</summary>
    internal static double Step(double span)
    {
        var raw = span / TargetCount;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / magnitude;
        return magnitude * (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10);
    }

    private static string Format(double value)
    {
        var rounded = Math.Round(value, 6);
        return Math.Abs(rounded) >= 1000 ? rounded.ToString("#,0", CultureInfo.InvariantCulture) : rounded.ToString("0.######", CultureInfo.InvariantCulture);
    }
}
