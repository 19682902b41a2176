using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ModelBot.Discord.Rest;
using ModelBot.Discord.Settings;
using ModelBot.Tests.Redis;
using StackExchange.Redis;

namespace ModelBot.Discord.Tests.Replicas;

/// <summary>
/// Two replicas of one bot (two limiters and counters, two Redis connections) against a real redis-server: a global
/// 429 seen by one holds the other, and the invalid-request count that bans the shared address is the sum of both.
/// </summary>
public sealed class SharedRestLimitsTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private static readonly DiscordRestRequest Registration = new() { Method = HttpMethod.Put, Path = "/applications/1/commands", Route = "PUT /applications/{application_id}/commands", MajorParameter = "1" };

    private static RedisRestLimitStore Store(IConnectionMultiplexer connection, string botToken, TimeProvider time, ILoggerProvider? logs = null) =>
        new(() => connection, Options.Create(new DiscordOptions { BotToken = botToken }), time,
            logs is null ? NullLogger<RedisRestLimitStore>.Instance : LoggerFactory.Create(builder => builder.AddProvider(logs)).CreateLogger<RedisRestLimitStore>());

    [Fact]
    public async Task GlobalRateLimit_SeenByOneReplica_HoldsTheOtherButNotItsInteractionCallbacks()
    {
        await redis.RequireAsync();
        await using var connectionA = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        await using var connectionB = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var token = "bot-" + Guid.NewGuid();
        var timeB = new FakeTimeProvider();
        var replicaA = new RestRateLimiter(TimeProvider.System, Store(connectionA, token, TimeProvider.System));
        var replicaB = new RestRateLimiter(timeB, Store(connectionB, token, timeB));

        replicaA.OnRateLimited(Registration, TimeSpan.FromSeconds(30), global: true);
        await replicaA.ShareRateLimitAsync(Registration, TimeSpan.FromSeconds(30), global: true, TestContext.Current.CancellationToken);
        var held = replicaB.AcquireAsync(Registration, TestContext.Current.CancellationToken).AsTask();
        var callback = replicaB.AcquireAsync(new DiscordRestRequest { Method = HttpMethod.Post, Path = "/interactions/2/tok/callback", UseBotToken = false }, TestContext.Current.CancellationToken).AsTask();
        await callback.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await Task.Delay(100, TestContext.Current.CancellationToken);

        held.IsCompleted.ShouldBeFalse("replica B waits out the global 429 replica A received");
        timeB.Advance(TimeSpan.FromSeconds(30));
        await held.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task InvalidRequests_CountedAcrossReplicasPerBot()
    {
        await redis.RequireAsync();
        await using var connectionA = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        await using var connectionB = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var token = "bot-" + Guid.NewGuid();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var replicaA = new InvalidRequestCounter(time, Store(connectionA, token, time));
        var replicaB = new InvalidRequestCounter(time, Store(connectionB, token, time));
        var otherBot = new InvalidRequestCounter(time, Store(connectionB, "other-" + token, time));

        await replicaA.RecordAsync(TestContext.Current.CancellationToken);
        await replicaA.RecordAsync(TestContext.Current.CancellationToken);
        var seenByB = await replicaB.RecordAsync(TestContext.Current.CancellationToken);
        var seenByOtherBot = await otherBot.RecordAsync(TestContext.Current.CancellationToken);

        seenByB.ShouldBe(3);
        seenByOtherBot.ShouldBe(1);
        (await replicaB.IsExhaustedAsync(TestContext.Current.CancellationToken)).ShouldBeFalse();
        // The rest of the ceiling, earned by the other replica this minute.
        var minuteKey = RedisRestLimitStore.KeyPrefixFor(token) + "invalid:" + (time.GetUtcNow().ToUnixTimeSeconds() / 60);
        await connectionA.GetDatabase().StringIncrementAsync(minuteKey, InvalidRequestCounter.Ceiling);
        (await replicaB.IsExhaustedAsync(TestContext.Current.CancellationToken)).ShouldBeTrue("replica B stops sending before the shared address is banned");
        time.Advance(InvalidRequestCounter.Window + TimeSpan.FromMinutes(1));
        (await replicaB.IsExhaustedAsync(TestContext.Current.CancellationToken)).ShouldBeFalse("the window passed");
    }

    [Fact]
    public async Task RedisKilled_LimitsFallBackToTheProcessAndTheOutageIsLoggedOnce()
    {
        await redis.RequireAsync();
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Configuration + ",abortConnect=false");
        var logs = new LogSink();
        var time = new FakeTimeProvider();
        var store = Store(connection, "bot-" + Guid.NewGuid(), time, logs);
        var limiter = new RestRateLimiter(time, store);
        var counter = new InvalidRequestCounter(time, store);
        redis.Kill();
        try
        {
            await limiter.AcquireAsync(Registration, TestContext.Current.CancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
            (await counter.RecordAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
            (await counter.RecordAsync(TestContext.Current.CancellationToken)).ShouldBe(2);
            (await counter.IsExhaustedAsync(TestContext.Current.CancellationToken)).ShouldBeFalse();
        }
        finally
        {
            await redis.StartAgainAsync();
        }

        logs.Entries.Count(entry => entry.EventId == 5130).ShouldBe(1);
    }
}
