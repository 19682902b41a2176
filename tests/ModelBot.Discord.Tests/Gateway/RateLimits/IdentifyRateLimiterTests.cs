using Microsoft.Extensions.Time.Testing;
using ModelBot.Discord.Gateway.Protocol;
using ModelBot.Discord.Gateway.RateLimits;

namespace ModelBot.Discord.Tests.Gateway.RateLimits;

public class IdentifyRateLimiterTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task WaitAsync_SameBucket_SpacesIdentifiesFiveSecondsApart()
    {
        var time = new FakeTimeProvider();
        var limiter = new IdentifyRateLimiter(new SessionStartLimit(1000, 1000, 0, MaxConcurrency: 1), time);

        await limiter.WaitAsync(0, TestContext.Current.CancellationToken).WaitAsync(Timeout, TestContext.Current.CancellationToken);
        var second = limiter.WaitAsync(1, TestContext.Current.CancellationToken);

        second.IsCompleted.ShouldBeFalse();
        time.Advance(GatewayLimits.IdentifyPeriod - TimeSpan.FromMilliseconds(1));
        second.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(Timeout, TestContext.Current.CancellationToken);
        limiter.Remaining.ShouldBe(998);
    }

    [Fact]
    public async Task WaitAsync_DifferentBuckets_DoNotWaitForEachOther()
    {
        var time = new FakeTimeProvider();
        var limiter = new IdentifyRateLimiter(new SessionStartLimit(1000, 1000, 0, MaxConcurrency: 2), time);

        limiter.BucketOf(0).ShouldNotBe(limiter.BucketOf(1));
        await Task.WhenAll(limiter.WaitAsync(0, TestContext.Current.CancellationToken), limiter.WaitAsync(1, TestContext.Current.CancellationToken))
            .WaitAsync(Timeout, TestContext.Current.CancellationToken);
        var third = limiter.WaitAsync(2, TestContext.Current.CancellationToken);
        third.IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task WaitAsync_NoSessionStartsLeft_WaitsForResetAfter()
    {
        var time = new FakeTimeProvider();
        var resetAfter = TimeSpan.FromMinutes(30);
        var limiter = new IdentifyRateLimiter(new SessionStartLimit(1000, 0, (long)resetAfter.TotalMilliseconds, 1), time);

        var waiting = limiter.WaitAsync(0, TestContext.Current.CancellationToken);
        time.Advance(resetAfter - TimeSpan.FromSeconds(1));
        waiting.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromSeconds(1));

        await waiting.WaitAsync(Timeout, TestContext.Current.CancellationToken);
        limiter.Remaining.ShouldBe(999);
    }
}
