using ModelBot.Discord.Gateway.Connection;
using ModelBot.Discord.Tests.Gateway.Heartbeat;

namespace ModelBot.Discord.Tests.Gateway.Connection;

public class ReconnectBackoffTests
{
    [Fact]
    public void NextDelay_ConsecutiveFailures_ImmediateThenDoublingUpToTheCap()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), new FixedJitter(0.999_999));

        var delays = Enumerable.Range(0, 7).Select(_ => Math.Round(backoff.NextDelay().TotalSeconds, 3)).ToArray();

        delays.ShouldBe([0, 1, 2, 4, 8, 10, 10]);
    }

    [Fact]
    public void NextDelay_LowestJitter_HalvesTheDelay()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60), new FixedJitter(0));
        backoff.NextDelay();

        backoff.NextDelay().ShouldBe(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Reset_AfterFailures_NextReconnectIsImmediate()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), new FixedJitter(0.5));
        backoff.NextDelay();
        backoff.NextDelay();

        backoff.Reset();

        backoff.NextDelay().ShouldBe(TimeSpan.Zero);
    }
}
