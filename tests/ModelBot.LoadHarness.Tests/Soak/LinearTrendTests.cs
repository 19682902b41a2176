using ModelBot.LoadHarness.Soak;

namespace ModelBot.LoadHarness.Tests.Soak;

public sealed class LinearTrendTests
{
    [Fact]
    public void PerMinute_SteadyGrowth_IsItsRate()
    {
        var points = Enumerable.Range(0, 13).Select(i => (TimeSpan.FromSeconds(5 * i), 100.0 + (2.0 * 5 * i / 60))).ToList();

        LinearTrend.PerMinute(points).ShouldNotBeNull().ShouldBe(2.0, tolerance: 1e-9);
    }

    [Fact]
    public void PerMinute_NoiseAroundAFlatLine_IsNearZero()
    {
        var points = Enumerable.Range(0, 100).Select(i => (TimeSpan.FromSeconds(i), i % 2 == 0 ? 99.0 : 101.0)).ToList();

        Math.Abs(LinearTrend.PerMinute(points).ShouldNotBeNull()).ShouldBeLessThan(0.1);
    }

    [Fact]
    public void PerMinute_OnePointOrOneInstant_IsUnknown()
    {
        LinearTrend.PerMinute([(TimeSpan.Zero, 1.0)]).ShouldBeNull();
        LinearTrend.PerMinute([(TimeSpan.FromSeconds(3), 1.0), (TimeSpan.FromSeconds(3), 2.0)]).ShouldBeNull();
    }
}
