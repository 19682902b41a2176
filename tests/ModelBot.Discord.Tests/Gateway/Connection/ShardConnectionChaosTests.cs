using ModelBot.Discord.Tests.Gateway.Fakes;
using ModelBot.Discord.Tests.Gateway.Hosting;
using static ModelBot.Discord.Tests.Gateway.Fakes.GatewayHarness;

namespace ModelBot.Discord.Tests.Gateway.Connection;

public class ShardConnectionChaosTests
{
    private const int Interactions = 200;

    /// <summary>
    /// How long the run may go without ANY progress (a new callback or a new connection) before it counts as stuck.
    /// Not a budget for the whole run: a slow machine (load average 40 on two cores) keeps making progress and so
    /// never trips it, where the former fixed 30 s (then 120 s) deadline for all 200 answers did.
    /// </summary>
    private static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Real clock (backoff after a drop during replay must elapse), tiny backoff settings; nothing is timed.
    /// The fake drops the socket after ~3% of dispatches (including during RESUME replay) and the test adds
    /// aborts, resumable close codes, RECONNECT and INVALID SESSION (resumable) at random points.
    /// </summary>
    [Theory]
    [InlineData(7, "none")]
    [InlineData(2026, "zlib-stream")]
    public async Task RunAsync_SocketDroppedAtRandomPoints_EveryInteractionAnsweredExactlyOnce(int seed, string compression)
    {
        var random = new Random(seed);
        await using var harness = await GatewayBridgeTests.StartWithDiscordAdapterAsync(
            TimeProvider.System,
            gateway => gateway.DropAfterDispatchProbability = 0.03,
            settings: new Dictionary<string, string?>
            {
                ["Discord:Gateway:ReconnectBaseDelay"] = "00:00:00.005",
                ["Discord:Gateway:ReconnectMaxDelay"] = "00:00:00.050",
                ["Discord:Gateway:Compression"] = compression,
                // Replays after drops may arrive late on a loaded machine; this test is about exactly-once, not the window.
                ["Discord:InteractionResponseWindowMilliseconds"] = "3600000",
                // Disruptions land right after RESUME here by design; the session is never dead, so never give it up.
                ["Discord:Gateway:MaxResumeAttempts"] = "1000",
            },
            seed: seed);
        var connection = await harness.ReadyAsync();
        var session = connection.Session!;
        var disruptions = 0;

        for (var i = 1; i <= Interactions; i++)
        {
            await session.PublishAsync("INTERACTION_CREATE", FakeDiscordGateway.Interaction(Id(i)));
            if (random.NextDouble() < 0.08 && harness.Gateway.Connections[^1] is { } current)
            {
                disruptions++;
                switch (random.Next(4))
                {
                    case 0:
                        current.Abort();
                        break;
                    case 1:
                        await current.CloseAsync(4000 + random.Next(0, 3)); // 4000–4002: resumable (4003 now identifies anew)
                        break;
                    case 2:
                        await current.SendAsync("""{"op":7,"d":null}""");
                        break;
                    default:
                        await current.SendAsync("""{"op":9,"d":true}""");
                        break;
                }
            }
        }

        await WaitWhileProgressingAsync(harness, session);

        var answers = harness.Gateway.Callbacks.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.Count());
        disruptions.ShouldBeGreaterThan(0);
        harness.Gateway.ConnectionCount.ShouldBeGreaterThan(disruptions / 2);
        answers.Count.ShouldBe(Interactions);
        answers.Where(pair => pair.Value != 1).ShouldBeEmpty();
        harness.Gateway.Callbacks.ShouldAllBe(c => c.Token == $"token-{c.Id}");
        harness.Gateway.Connections.Skip(1).ShouldAllBe(c => c.Frames.All(f => f.Op != 2));
    }

    private static readonly ulong FirstId = ulong.Parse(ModelBot.Discord.Settings.Snowflake.At(TimeProvider.System.GetUtcNow()), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The id of interaction <paramref name="i"/>: created now (an id's timestamp is its creation time).</summary>
    private static string Id(int i) => (FirstId + (ulong)i).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Waits for every callback; fails only when neither a callback nor a connection arrived for <see cref="StallLimit"/>.</summary>
    private static async Task WaitWhileProgressingAsync(GatewayHarness harness, FakeGatewaySession session)
    {
        var all = harness.Gateway.WaitForCallbacksAsync(Interactions);
        var lastProgress = -1;
        while (!all.IsCompleted)
        {
            var progress = harness.Gateway.Callbacks.Count + harness.Gateway.ConnectionCount;
            if (progress == lastProgress)
            {
                var missing = Enumerable.Range(1, Interactions).Select(Id).Except(harness.Gateway.Callbacks.Select(c => c.Id));
                Assert.Fail($"Stuck: no callback and no new connection for {StallLimit}. Not answered: {string.Join(',', missing)}; " +
                            $"{harness.Gateway.ConnectionCount} connections, last seq {session.LastSeq}, client seq {harness.Shards.Shards[0].Session.Sequence}");
            }

            lastProgress = progress;
            await Task.WhenAny(all, Task.Delay(StallLimit, TestContext.Current.CancellationToken));
        }
    }
}
