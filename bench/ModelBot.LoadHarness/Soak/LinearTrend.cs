namespace ModelBot.LoadHarness.Soak;

/// <summary>Least-squares slope of a series over time, to tell steady memory growth from noise.</summary>
public static class LinearTrend
{
    /// <summary>Slope of <paramref name="points"/> in value units per minute; null for fewer than two distinct times.</summary>
    public static double? PerMinute(IReadOnlyList<(TimeSpan At, double Value)> points)
    {
        if (points.Count < 2)
        {
            return null;
        }
        var meanX = points.Average(p => p.At.TotalMinutes);
        var meanY = points.Average(p => p.Value);
        var covariance = points.Sum(p => (p.At.TotalMinutes - meanX) * (p.Value - meanY));
        var variance = points.Sum(p => Math.Pow(p.At.TotalMinutes - meanX, 2));
        return variance > 0 ? covariance / variance : null;
    }
}
