using CsCheck;
using ModelBot.LoadHarness.Running;

namespace ModelBot.LoadHarness.Tests.Running;

public sealed class PercentilesTests
{
    [Theory]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 0.50, 5)]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 0.99, 10)]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 0.10, 1)]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 0.11, 2)]
    [InlineData(new[] { 7 }, 0.50, 7)]
    [InlineData(new[] { 7 }, 0.99, 7)]
    [InlineData(new[] { 3, 9 }, 0.50, 3)]
    [InlineData(new[] { 3, 9 }, 0.51, 9)]
    [InlineData(new[] { 1, 2, 3 }, 0.0, 1)]
    [InlineData(new[] { 1, 2, 3 }, 1.0, 3)]
    public void Of_SortedMilliseconds_IsNearestRank(int[] milliseconds, double quantile, int expected)
    {
        var sorted = milliseconds.Select(ms => TimeSpan.FromMilliseconds(ms)).ToArray();

        Percentiles.Of(sorted, quantile).ShouldBe(TimeSpan.FromMilliseconds(expected));
    }

    [Fact]
    public void Of_HundredValues_P99IsTheSecondLargest()
    {
        var sorted = Enumerable.Range(1, 100).Select(ms => TimeSpan.FromMilliseconds(ms)).ToArray();

        Percentiles.Of(sorted, 0.99).ShouldBe(TimeSpan.FromMilliseconds(99));
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(20000)]
    [InlineData(30000)]
    public void Of_RoundCounts_P99IsExactlyRankNinetyNinePercent(int count)
    {
        var sorted = Enumerable.Range(1, count).Select(ms => TimeSpan.FromTicks(ms)).ToArray();

        Percentiles.Of(sorted, 0.99).ShouldBe(TimeSpan.FromTicks(count / 100 * 99));
        Percentiles.Of(sorted, 0.50).ShouldBe(TimeSpan.FromTicks(count / 2));
    }

    [Fact]
    public void Of_NoValues_IsZero() => Percentiles.Of([], 0.99).ShouldBe(TimeSpan.Zero);

    [Fact]
    public void Of_AnyValues_IsAMemberWithAtLeastTheQuantileAtOrBelowIt()
    {
        Gen.Select(Gen.Int[0, 10_000].Array[1, 300], Gen.Double[0, 1]).Sample((values, quantile) =>
        {
            var sorted = values.Order().Select(v => TimeSpan.FromTicks(v)).ToArray();
            var p = Percentiles.Of(sorted, quantile);
            sorted.ShouldContain(p);
            (sorted.Count(v => v <= p) >= quantile * sorted.Length).ShouldBeTrue();
            (sorted.Count(v => v < p) < Math.Max(quantile * sorted.Length, 1)).ShouldBeTrue();
        });
    }
}
