using CsCheck;
using Microsoft.Extensions.Time.Testing;
using ModelBot.Discord.Gateway.Protocol;
using ModelBot.Discord.Gateway.RateLimits;

namespace ModelBot.Discord.Tests.Gateway.RateLimits;

public class GatewaySendLimiterTests
{
    [Fact]
    public void TryAcquire_BurstOfOrdinarySends_StopsBeforeTheHeartbeatReserve()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time);

        var granted = 0;
        while (limiter.TryAcquire(heartbeat: false, out _))
        {
            granted++;
        }

        granted.ShouldBe(GatewayLimits.SendsPerWindow - GatewaySendLimiter.ReservedForHeartbeats);
        for (var i = 0; i < GatewaySendLimiter.ReservedForHeartbeats; i++)
        {
            limiter.TryAcquire(heartbeat: true, out _).ShouldBeTrue();
        }

        limiter.TryAcquire(heartbeat: true, out var retryAfter).ShouldBeFalse();
        retryAfter.ShouldBe(GatewayLimits.SendWindow);
    }

    [Fact]
    public void TryAcquire_AfterTheWindow_TokensComeBack()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time);
        while (limiter.TryAcquire(heartbeat: true, out _))
        {
        }

        time.Advance(GatewayLimits.SendWindow - TimeSpan.FromMilliseconds(1));
        limiter.TryAcquire(heartbeat: true, out var retryAfter).ShouldBeFalse();
        retryAfter.ShouldBe(TimeSpan.FromMilliseconds(1));
        time.Advance(TimeSpan.FromMilliseconds(1));
        limiter.TryAcquire(heartbeat: true, out _).ShouldBeTrue();
    }

    [Fact]
    public void TryAcquire_AnySendPattern_NeverMoreThan120InAny60Seconds()
    {
        Gen.Select(Gen.Int[0, 3000].Array[1, 400], Gen.Bool.Array[400]).Sample((gaps, kinds) =>
        {
            var time = new FakeTimeProvider();
            var limiter = new GatewaySendLimiter(time);
            var sent = new List<DateTimeOffset>();
            for (var i = 0; i < gaps.Length; i++)
            {
                time.Advance(TimeSpan.FromMilliseconds(gaps[i]));
                if (limiter.TryAcquire(kinds[i], out _))
                {
                    sent.Add(time.GetUtcNow());
                }
            }

            for (var i = 0; i < sent.Count; i++)
            {
                sent.Count(t => t >= sent[i] && t < sent[i] + GatewayLimits.SendWindow).ShouldBeLessThanOrEqualTo(GatewayLimits.SendsPerWindow);
            }
        }, iter: 200);
    }

    [Fact]
    public async Task AcquireAsync_WhenExhausted_WaitsForTheOldestTokenToReturn()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time, capacity: 4, window: TimeSpan.FromSeconds(10));
        for (var i = 0; i < 4; i++)
        {
            await limiter.AcquireAsync(heartbeat: true, TestContext.Current.CancellationToken);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        var waiting = limiter.AcquireAsync(heartbeat: true, TestContext.Current.CancellationToken).AsTask();
        waiting.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromSeconds(6));

        await waiting.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }
}
