using ModelBot.Discord.Tests.Gateway.Fakes;
using ModelBot.Discord.Tests.Gateway.Hosting;
using static ModelBot.Discord.Tests.Gateway.Fakes.GatewayHarness;

namespace ModelBot.Discord.Tests.Gateway.Connection;

public class ShardConnectionChaosTests
{
    private const int Interactions = 200;

    /// <summary>Generous: the whole solution's tests share two cores; in isolation this takes a few seconds.</summary>
    private static readonly TimeSpan ChaosTimeout = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Real clock (backoff after a drop during replay must elapse), tiny backoff settings; nothing is timed.
    /// The fake drops the socket after ~3% of dispatches (including during RESUME replay) and the test adds
    /// aborts, resumable close codes, RECONNECT and INVALID SESSION (resumable) at random points.
    /// </summary>
    [Theory]
    [InlineData(7)]
    [InlineData(2026)]
    public async Task RunAsync_SocketDroppedAtRandomPoints_EveryInteractionAnsweredExactlyOnce(int seed)
    {
        var random = new Random(seed);
        await using var harness = await GatewayBridgeTests.StartWithDiscordAdapterAsync(
            TimeProvider.System,
            gateway => gateway.DropAfterDispatchProbability = 0.03,
            settings: new Dictionary<string, string?>
            {
                ["Discord:Gateway:ReconnectBaseDelay"] = "00:00:00.005",
                ["Discord:Gateway:ReconnectMaxDelay"] = "00:00:00.050",
            },
            seed: seed);
        var connection = await harness.ReadyAsync();
        var session = connection.Session!;
        var disruptions = 0;

        for (var i = 1; i <= Interactions; i++)
        {
            await session.PublishAsync("INTERACTION_CREATE", FakeDiscordGateway.Interaction($"{i}"));
            if (random.NextDouble() < 0.08 && harness.Gateway.Connections[^1] is { } current)
            {
                disruptions++;
                switch (random.Next(4))
                {
                    case 0:
                        current.Abort();
                        break;
                    case 1:
                        await current.CloseAsync(4000 + random.Next(0, 4));
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

        var all = harness.Gateway.WaitForCallbacksAsync(Interactions);
        if (await Task.WhenAny(all, Task.Delay(ChaosTimeout, TestContext.Current.CancellationToken)) != all)
        {
            var missing = Enumerable.Range(1, Interactions).Select(i => $"{i}").Except(harness.Gateway.Callbacks.Select(c => c.Id));
            Assert.Fail($"Not answered after {ChaosTimeout}: {string.Join(',', missing)}; {harness.Gateway.ConnectionCount} connections, last seq {session.LastSeq}, " +
                        $"client seq {harness.Shards.Shards[0].Session.Sequence}");
        }

        var answers = harness.Gateway.Callbacks.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.Count());
        disruptions.ShouldBeGreaterThan(0);
        harness.Gateway.ConnectionCount.ShouldBeGreaterThan(disruptions / 2);
        answers.Count.ShouldBe(Interactions);
        answers.Where(pair => pair.Value != 1).ShouldBeEmpty();
        harness.Gateway.Callbacks.ShouldAllBe(c => c.Token == $"token-{c.Id}");
        harness.Gateway.Connections.Skip(1).ShouldAllBe(c => c.Frames.All(f => f.Op != 2));
    }
}
