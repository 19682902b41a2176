using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ModelBot.Discord.Gateway.Protocol;
using ModelBot.Discord.Gateway.RateLimits;
using ModelBot.Discord.Tests.Gateway.Fakes;
using static ModelBot.Discord.Tests.Gateway.Fakes.GatewayHarness;

namespace ModelBot.Discord.Tests.Gateway.Connection;

public class ShardConnectionSharedIdentifyTests
{
    /// <summary>Another process identified bucket 0 a moment ago: this one connects only when that lease ends.</summary>
    [Fact]
    public async Task RunAsync_BucketHeldByAnotherProcess_IdentifiesOnlyAfterItsLeaseEnds()
    {
        var time = new FakeTimeProvider();
        var redis = new FakeRedisLeaseStore(time);
        var key = SharedIdentifyGate.KeyPrefixFor("test-token") + "0";
        (await redis.TryAcquireAsync(key, "other-host/42 shard 0", GatewayLimits.IdentifyPeriod, TestContext.Current.CancellationToken)).Acquired.ShouldBeTrue();
        var heldAt = time.GetUtcNow();

        await using var harness = await GatewayHarness.StartAsync(time, services: services => services.AddSingleton<IIdentifyLeaseStore>(redis));
        await Within(harness.Logs.WaitForAsync(5041));
        harness.Gateway.ConnectionCount.ShouldBe(0);
        var connection = await harness.AdvanceUntilAsync(harness.Gateway.ConnectionAsync(0), TimeSpan.FromMilliseconds(500));
        var identify = await Within(connection.WaitForAsync(2));

        (identify.At - heldAt).ShouldBeGreaterThanOrEqualTo(GatewayLimits.IdentifyPeriod);
        redis.Grants.Select(g => g.Key).ShouldBe([key, key]);
        redis.Grants[1].Owner.ShouldEndWith("shard 0");
        harness.Logs.Entries.ShouldContain(e => e.EventId == 5040);
    }
}
