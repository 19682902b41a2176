using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ModelBot.Slack.Events;
using ModelBot.Slack.Options;
using ModelBot.Tests.Redis;
using StackExchange.Redis;

namespace ModelBot.Slack.Tests.Replicas;

/// <summary>Slack event de-duplication against a real redis-server: two connections stand for two replicas.</summary>
public sealed class RealRedisDeduplicationTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private static RedisEventDeduplicator Deduplicator(IConnectionMultiplexer connection, LogSink? logs = null) =>
        new(connection, Microsoft.Extensions.Options.Options.Create(new SlackOptions()), TimeProvider.System, logs is null ? NullLogger<RedisEventDeduplicator>.Instance : LoggerFactory.Create(builder => builder.AddProvider(logs)).CreateLogger<RedisEventDeduplicator>());

    [Fact]
    public async Task TryClaim_SameEventOnTwoReplicas_OnlyTheFirstClaimsIt()
    {
        await redis.RequireAsync();
        await using var first = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        await using var second = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var eventId = "Ev" + Guid.NewGuid().ToString("N");

        var claimedByFirst = await Deduplicator(first).TryClaimAsync(eventId, TestContext.Current.CancellationToken);
        var claimedBySecond = await Deduplicator(second).TryClaimAsync(eventId, TestContext.Current.CancellationToken);

        claimedByFirst.ShouldBeTrue();
        claimedBySecond.ShouldBeFalse();
        var ttl = await first.GetDatabase().KeyTimeToLiveAsync(RedisEventDeduplicator.KeyPrefix + eventId);
        ttl.ShouldNotBeNull().ShouldBeInRange(TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task TryClaim_RedisRestartsBetweenRetries_ClaimIsSharedAgainAfterwards()
    {
        await redis.RequireAsync();
        await using var first = await ConnectionMultiplexer.ConnectAsync(redis.Configuration + ",abortConnect=false");
        var logs = new LogSink();
        var deduplicator = Deduplicator(first, logs);
        var eventId = "Ev" + Guid.NewGuid().ToString("N");
        (await deduplicator.TryClaimAsync(eventId, TestContext.Current.CancellationToken)).ShouldBeTrue();

        redis.Kill();
        var duringOutage = await deduplicator.TryClaimAsync(eventId, TestContext.Current.CancellationToken);
        var otherDuringOutage = await deduplicator.TryClaimAsync(eventId + "-2", TestContext.Current.CancellationToken);
        var againDuringOutage = await deduplicator.TryClaimAsync(eventId + "-3", TestContext.Current.CancellationToken);
        await redis.StartAgainAsync();

        duringOutage.ShouldBeFalse("this replica remembers the event in memory too");
        otherDuringOutage.ShouldBeTrue("an acknowledged event is answered while Redis is down");
        againDuringOutage.ShouldBeTrue();
        logs.Entries.Count(e => e.EventId == 6025).ShouldBe(1, "the outage is logged once, not per event");
    }
}
