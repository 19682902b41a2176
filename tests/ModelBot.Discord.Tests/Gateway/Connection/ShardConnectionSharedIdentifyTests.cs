using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ModelBot.Discord.Gateway.Protocol;
using ModelBot.Discord.Gateway.RateLimits;
using ModelBot.Discord.Tests.Gateway.Fakes;
using static ModelBot.Discord.Tests.Gateway.Fakes.GatewayHarness;

namespace ModelBot.Discord.Tests.Gateway.Connection;

public class ShardConnectionSharedIdentifyTests
{
    /// <summary>Another process identified bucket 0 a moment ago: this one connects, but identifies only when that lease ends.</summary>
    [Fact]
    public async Task RunAsync_BucketHeldByAnotherProcess_IdentifiesOnlyAfterItsLeaseEnds()
    {
        var time = new FakeTimeProvider();
        var redis = new FakeRedisLeaseStore(time);
        var key = SharedIdentifyGate.KeyPrefixFor("test-token") + "0";
        (await redis.TryAcquireAsync(key, "other-host/42 shard 0", GatewayLimits.IdentifyPeriod, TestContext.Current.CancellationToken)).Acquired.ShouldBeTrue();
        var heldAt = time.GetUtcNow();

        await using var harness = await GatewayHarness.StartAsync(time, services: services => services.AddSingleton<IIdentifyLeaseStore>(redis));
        var connection = await Within(harness.Gateway.ConnectionAsync(0));
        await Within(harness.Logs.WaitForAsync(5041));
        connection.Frames.ShouldNotContain(f => f.Op == 2);
        var identify = await harness.AdvanceUntilAsync(connection.WaitForAsync(2), TimeSpan.FromMilliseconds(500));

        (identify.At - heldAt).ShouldBeGreaterThanOrEqualTo(GatewayLimits.IdentifyPeriod);
        redis.Grants.Select(g => g.Key).ShouldBe([key, key]);
        redis.Grants[1].Owner.ShouldEndWith("shard 0");
        harness.Logs.Entries.ShouldContain(e => e.EventId == 5040);
    }

    /// <summary>
    /// Process A connects first but its HELLO comes 4 s late; process B connects and identifies at once. Had A taken
    /// the lease before connecting, B would have waited for it and both would have identified 1 s apart; with the
    /// lease taken right before IDENTIFY, A waits for B's lease and the identifies are 5 s apart.
    /// </summary>
    [Fact]
    public async Task RunAsync_TwoProcessesOneWithASlowHandshake_IdentifyAtLeastFiveSecondsApart()
    {
        var time = new FakeTimeProvider();
        var redis = new FakeRedisLeaseStore(time);
        await using var slow = await GatewayHarness.StartAsync(
            time,
            gateway => gateway.SendHello = false,
            services: services => services.AddSingleton<IIdentifyLeaseStore>(redis));
        var slowConnection = await Within(slow.Gateway.ConnectionAsync(0));

        await using var fast = await GatewayHarness.StartAsync(time, services: services => services.AddSingleton<IIdentifyLeaseStore>(redis));
        var fastIdentify = await Within((await Within(fast.Gateway.ConnectionAsync(0))).WaitForAsync(2));
        time.Advance(TimeSpan.FromSeconds(4));
        var helloAt = time.GetUtcNow();
        await slowConnection.SendAsync($$"""{"op":10,"d":{"heartbeat_interval":{{slow.Gateway.HeartbeatIntervalMs}}},"s":null,"t":null}""");
        var slowIdentify = await slow.AdvanceUntilAsync(slowConnection.WaitForAsync(2), TimeSpan.FromMilliseconds(250));

        (slowIdentify.At - fastIdentify.At).ShouldBeGreaterThanOrEqualTo(GatewayLimits.IdentifyPeriod);
        redis.Grants.Select(g => g.At).ShouldBe([fastIdentify.At, slowIdentify.At]);
        redis.Grants[1].At.ShouldBeGreaterThan(helloAt);
    }
}
