using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ModelBot.Discord.Gateway.Protocol;
using ModelBot.Discord.Gateway.RateLimits;
using ModelBot.Discord.Tests.Gateway.Fakes;

namespace ModelBot.Discord.Tests.Gateway.RateLimits;

/// <summary>Several "processes" (limiters with their own in-process state) sharing one fake Redis.</summary>
public class SharedIdentifyLimiterTests
{
    private const string Token = "bot-token";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task WaitAsync_TwoProcessesSameBucket_SecondWaitsUntilTheFirstLeaseEnds()
    {
        var time = new FakeTimeProvider();
        var redis = new FakeRedisLeaseStore(time);
        var processA = Limiter(redis, time, "A", maxConcurrency: 1);
        var processB = Limiter(redis, time, "B", maxConcurrency: 1);

        await processA.WaitAsync(0, TestContext.Current.CancellationToken).WaitAsync(Timeout, TestContext.Current.CancellationToken);
        var b = processB.WaitAsync(1, TestContext.Current.CancellationToken);

        b.IsCompleted.ShouldBeFalse();
        time.Advance(GatewayLimits.IdentifyPeriod - TimeSpan.FromMilliseconds(1));
        b.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromMilliseconds(1));
        await b.WaitAsync(Timeout, TestContext.Current.CancellationToken);

        redis.Grants.Select(g => (g.Owner, g.At - redis.Grants[0].At)).ShouldBe(
        [
            ("A shard 0", TimeSpan.Zero),
            ("B shard 1", GatewayLimits.IdentifyPeriod),
        ]);
    }

    [Fact]
    public async Task WaitAsync_TwoProcessesDifferentBuckets_DoNotWaitForEachOther()
    {
        var time = new FakeTimeProvider();
        var redis = new FakeRedisLeaseStore(time);
        var processA = Limiter(redis, time, "A", maxConcurrency: 2);
        var processB = Limiter(redis, time, "B", maxConcurrency: 2);

        await Task.WhenAll(processA.WaitAsync(0, TestContext.Current.CancellationToken), processB.WaitAsync(1, TestContext.Current.CancellationToken))
            .WaitAsync(Timeout, TestContext.Current.CancellationToken);

        redis.Grants.Select(g => g.At).Distinct().ShouldHaveSingleItem();
    }

    /// <summary>
    /// Three processes start their shards at once (each its own slice, as ShardIds would give them), with the
    /// buckets spread over all three. Fake time moves on until every shard identified; every bucket's identifies
    /// are then at least 5 s apart, whichever process they came from.
    /// </summary>
    [Theory]
    [InlineData(12, 1)]
    [InlineData(12, 2)]
    [InlineData(12, 4)]
    [InlineData(18, 3)]
    public async Task WaitAsync_ProcessesStartingTogether_NoBucketIdentifiesTwiceWithinFiveSeconds(int shardCount, int maxConcurrency)
    {
        var time = new FakeTimeProvider();
        var redis = new FakeRedisLeaseStore(time);
        var processes = Enumerable.Range(0, 3).Select(p => Limiter(redis, time, $"P{p}", maxConcurrency)).ToArray();
        var perProcess = shardCount / processes.Length;
        var waits = Enumerable.Range(0, shardCount)
            .Select(shard => processes[shard / perProcess].WaitAsync(shard, TestContext.Current.CancellationToken))
            .ToArray();

        var all = Task.WhenAll(waits);
        var started = TimeProvider.System.GetTimestamp();
        while (!all.IsCompleted)
        {
            TimeProvider.System.GetElapsedTime(started).ShouldBeLessThan(Timeout, "fake time advanced but the shards never all identified");
            time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.WhenAny(all, Task.Delay(TimeSpan.FromMilliseconds(2), TestContext.Current.CancellationToken));
        }

        await all;
        var grants = redis.Grants;
        grants.Count.ShouldBe(shardCount);
        foreach (var bucket in grants.GroupBy(g => g.Key))
        {
            var times = bucket.Select(g => g.At).Order().ToArray();
            times.Length.ShouldBe(shardCount / maxConcurrency);
            times.Zip(times.Skip(1), (a, b) => b - a).ShouldAllBe(gap => gap >= GatewayLimits.IdentifyPeriod);
        }

        grants.Select(g => g.Owner.Split(' ')[0]).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public async Task WaitAsync_CancelledWhileAnotherProcessHoldsTheBucket_StopsWaitingAndTakesNoLease()
    {
        var time = new FakeTimeProvider();
        var redis = new FakeRedisLeaseStore(time);
        await Limiter(redis, time, "A", 1).WaitAsync(0, TestContext.Current.CancellationToken).WaitAsync(Timeout, TestContext.Current.CancellationToken);
        using var stop = new CancellationTokenSource();
        var b = Limiter(redis, time, "B", 1).WaitAsync(1, stop.Token);

        await stop.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => b.WaitAsync(Timeout, TestContext.Current.CancellationToken));
        time.Advance(2 * GatewayLimits.IdentifyPeriod);

        redis.Grants.ShouldHaveSingleItem().Owner.ShouldBe("A shard 0");
    }

    [Fact]
    public async Task WaitAsync_StoreFails_IdentifiesUnderTheProcessLimitAndWarns()
    {
        var time = new FakeTimeProvider();
        var redis = new FakeRedisLeaseStore(time) { Failure = new InvalidOperationException("redis is down") };
        var logs = new LogSink();
        var limiter = new IdentifyRateLimiter(Limit(1), time, new SharedIdentifyGate(redis, Token, "A", time, logs.CreateLogger("gateway")));

        await limiter.WaitAsync(0, TestContext.Current.CancellationToken).WaitAsync(Timeout, TestContext.Current.CancellationToken);
        var second = limiter.WaitAsync(1, TestContext.Current.CancellationToken);

        second.IsCompleted.ShouldBeFalse();
        logs.Entries.ShouldContain(e => e.EventId == 5042 && e.Level == LogLevel.Warning && e.Message.Contains("redis is down"));
        time.Advance(GatewayLimits.IdentifyPeriod);
        await second.WaitAsync(Timeout, TestContext.Current.CancellationToken);
    }

    [Fact]
    public void KeyPrefixFor_Token_IsPerBotAndNeverContainsTheToken()
    {
        var prefix = SharedIdentifyGate.KeyPrefixFor("MTE4MDAwMDAwMDAwMDAwMDAwMQ.GhIjKl.secret");

        prefix.ShouldStartWith("modelbot:discord:identify:");
        prefix.ShouldNotContain("secret");
        prefix.ShouldNotContain("MTE4");
        prefix.ShouldBe(SharedIdentifyGate.KeyPrefixFor("MTE4MDAwMDAwMDAwMDAwMDAwMQ.GhIjKl.secret"));
        prefix.ShouldNotBe(SharedIdentifyGate.KeyPrefixFor("another-bot"));
    }

    private static SessionStartLimit Limit(int maxConcurrency) => new(1000, 1000, 0, maxConcurrency);

    private static IdentifyRateLimiter Limiter(FakeRedisLeaseStore redis, TimeProvider time, string process, int maxConcurrency) =>
        new(Limit(maxConcurrency), time, new SharedIdentifyGate(redis, Token, process, time, new LogSink().CreateLogger("gateway")));
}
