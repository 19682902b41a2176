using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ModelBot.Discord.Gateway.RateLimits;
using ModelBot.Tests.Redis;
using StackExchange.Redis;

namespace ModelBot.Discord.Tests.Replicas;

/// <summary>The gateway's shared identify lease against a real redis-server: two connections stand for two processes.</summary>
public sealed class RealRedisIdentifyLeaseTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task TryAcquire_TwoProcessesSameBucket_SecondWaitsForTheFiveSecondLease()
    {
        await redis.RequireAsync();
        await using var processA = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        await using var processB = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var key = SharedIdentifyGate.KeyPrefixFor("token-" + Guid.NewGuid()) + "0";

        var a = await new RedisIdentifyLeaseStore(() => processA).TryAcquireAsync(key, "a shard 0", TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        var b = await new RedisIdentifyLeaseStore(() => processB).TryAcquireAsync(key, "b shard 16", TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        a.Acquired.ShouldBeTrue();
        b.Acquired.ShouldBeFalse();
        b.HeldFor.ShouldNotBeNull().ShouldBeInRange(TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5));
        (await processB.GetDatabase().StringGetAsync(key)).ToString().ShouldBe("a shard 0");
    }

    [Fact]
    public async Task Acquire_OtherProcessHoldsTheBucket_GateWaitsThenTakesIt()
    {
        await redis.RequireAsync();
        await using var processA = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var token = "token-" + Guid.NewGuid();
        var key = SharedIdentifyGate.KeyPrefixFor(token) + "0";
        // Another process took bucket 0 a moment ago, for 300 ms.
        await processA.GetDatabase().StringSetAsync(key, "other", TimeSpan.FromMilliseconds(300));
        var time = new FakeTimeProvider();
        var gate = new SharedIdentifyGate(new RedisIdentifyLeaseStore(() => processA), token, "this", time, LoggerFactory.Create(_ => { }).CreateLogger("gate"));

        var acquiring = gate.AcquireAsync(bucket: 0, shardId: 0, TestContext.Current.CancellationToken);
        await Task.Delay(100, TestContext.Current.CancellationToken);
        acquiring.IsCompleted.ShouldBeFalse();
        await Task.Delay(400, TestContext.Current.CancellationToken);
        time.Advance(SharedIdentifyGate.UnknownHoldRetry + TimeSpan.FromSeconds(1));
        await acquiring.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        (await processA.GetDatabase().StringGetAsync(key)).ToString().ShouldBe("this shard 0");
    }

    [Fact]
    public async Task Acquire_RedisKilled_ShardIdentifiesUnderItsOwnLimitAndSaysSo()
    {
        await redis.RequireAsync();
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Configuration + ",abortConnect=false");
        var logs = new LogSink();
        var gate = new SharedIdentifyGate(new RedisIdentifyLeaseStore(() => connection), "token", "this", TimeProvider.System, LoggerFactory.Create(builder => builder.AddProvider(logs)).CreateLogger("gate"));
        redis.Kill();
        try
        {
            await gate.AcquireAsync(bucket: 0, shardId: 3, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        }
        finally
        {
            await redis.StartAgainAsync();
        }

        logs.Entries.ShouldContain(entry => entry.EventId == 5042 && entry.Message.StartsWith("Shard 3:", StringComparison.Ordinal));
    }
}
