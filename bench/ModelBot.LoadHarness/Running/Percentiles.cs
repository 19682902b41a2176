namespace ModelBot.LoadHarness.Running;

/// <summary>Nearest-rank percentiles of latencies.</summary>
public static class Percentiles
{
    /// <summary>
    /// The smallest value with at least <paramref name="quantile"/> of all values at or below it (nearest rank:
    /// element ⌈q·n⌉ of the sorted values, 1-based); zero for no values.
    /// </summary>
    public static TimeSpan Of(ReadOnlySpan<TimeSpan> sorted, double quantile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quantile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quantile, 1);
        if (sorted.IsEmpty)
        {
            return TimeSpan.Zero;
        }
        // The epsilon keeps 0.99 × 1000 = 990.0000000000001 at rank 990, not 991.
        var rank = (int)Math.Ceiling((quantile * sorted.Length) - 1e-9);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
