using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ModelBot.Discord.Gateway.Protocol;
using ModelBot.Discord.Tests.Gateway.Fakes;
using static ModelBot.Discord.Tests.Gateway.Fakes.GatewayHarness;

namespace ModelBot.Discord.Tests.Gateway.Hosting;

public class DiscordGatewayServiceTests
{
    [Fact]
    public async Task StartAsync_RecommendedTwoShards_RunsBothWithTheirShardPairs()
    {
        await using var harness = await GatewayHarness.StartAsync(new FakeTimeProvider(), gateway => gateway.RecommendedShards = 2);

        var first = await Within(harness.Gateway.ConnectionAsync(0));
        var second = await Within(harness.Gateway.ConnectionAsync(1));
        var pairs = new[] { await Within(first.WaitForAsync(2)), await Within(second.WaitForAsync(2)) }
            .Select(f => string.Join(',', f.D.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32())))
            .Order()
            .ToArray();

        pairs.ShouldBe(["0,2", "1,2"]);
        harness.Shards.Shards.Select(s => (s.ShardId, s.ShardCount)).ShouldBe([(0, 2), (1, 2)]);
    }

    [Fact]
    public async Task StartAsync_TwoShards_EachShardDeliversItsGuildsInteractions()
    {
        await using var harness = await GatewayHarness.StartAsync(new FakeTimeProvider(), settings: new Dictionary<string, string?> { ["Discord:Gateway:ShardCount"] = "2" });
        var first = await Within(harness.Gateway.ConnectionAsync(0));
        var second = await Within(harness.Gateway.ConnectionAsync(1));
        await Within(first.WaitForAsync(2));
        await Within(second.WaitForAsync(2));
        await Within(harness.Logs.WaitForCountAsync(5012, 2));
        ulong[] guilds = [41771983423143937, 81384788769906688];

        foreach (var guild in guilds)
        {
            var shard = GatewayLimits.ShardFor(guild, 2);
            await harness.Gateway.LatestSession(shard)!.PublishAsync("INTERACTION_CREATE", FakeDiscordGateway.Interaction($"guild-{guild}", guild));
        }

        await Within(harness.Handler.WaitForDistinctAsync(2));
        harness.Handler.Counts.Keys.Order().ShouldBe(guilds.Select(g => $"guild-{g}").Order());
        guilds.Select(g => GatewayLimits.ShardFor(g, 2)).ShouldBe([0, 1]);
    }

    [Fact]
    public async Task StartAsync_ShardIdsSubset_RunsOnlyThoseShards()
    {
        await using var harness = await GatewayHarness.StartAsync(new FakeTimeProvider(), settings: new Dictionary<string, string?>
        {
            ["Discord:Gateway:ShardCount"] = "3",
            ["Discord:Gateway:ShardIds"] = "2",
        });

        var only = await harness.ReadyAsync();

        (await only.WaitForAsync(2)).D.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()).ShouldBe([2, 3]);
        harness.Shards.Shards.ShouldHaveSingleItem().ShardId.ShouldBe(2);
        harness.Gateway.ConnectionCount.ShouldBe(1);
    }

    [Fact]
    public async Task StopAsync_InteractionInFlight_ClosesWith1000AndWaitsForTheAcknowledgement()
    {
        await using var harness = await GatewayHarness.StartAsync(new FakeTimeProvider());
        harness.Handler.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var connection = await harness.ReadyAsync();
        await connection.Session!.PublishAsync("INTERACTION_CREATE", FakeDiscordGateway.Interaction("100"));
        await Within(harness.Handler.Started.Task);

        var stopping = harness.Host.StopAsync(TestContext.Current.CancellationToken);
        var closeCode = await Within(connection.ClientClose);
        await Within(harness.Logs.WaitForAsync(5031));
        var finishedBeforeRelease = harness.Handler.Finished;
        harness.Handler.Gate.SetResult();
        await Within(stopping);

        closeCode.ShouldBe(1000);
        finishedBeforeRelease.ShouldBe(0);
        harness.Handler.Finished.ShouldBe(1);
        harness.Gateway.ConnectionCount.ShouldBe(1);
    }

    [Fact]
    public async Task StartAsync_Disabled_DoesNotCallDiscord()
    {
        await using var harness = await GatewayHarness.StartAsync(new FakeTimeProvider(), settings: new Dictionary<string, string?> { ["Discord:Gateway:Enabled"] = "false" });

        await Within(harness.Logs.WaitForAsync(5000));

        harness.Gateway.GatewayBotAuthorizations.ShouldBeEmpty();
        harness.Gateway.ConnectionCount.ShouldBe(0);
    }

    [Fact]
    public async Task StartAsync_GatewayBotFailsTransiently_RetriesWithBackoffThenConnects()
    {
        var time = new FakeTimeProvider();
        await using var harness = await GatewayHarness.StartAsync(time, gateway => gateway.GatewayBotStatus = 502);
        await Within(harness.Gateway.FirstGatewayBotRequest);
        harness.Gateway.GatewayBotStatus = 200;

        var connection = await harness.AdvanceUntilAsync(harness.Gateway.ConnectionAsync(0), TimeSpan.FromMilliseconds(250));

        (await Within(connection.WaitForAsync(2))).D.GetProperty("token").GetString().ShouldBe("test-token");
        harness.Gateway.GatewayBotAuthorizations.Count.ShouldBeGreaterThanOrEqualTo(2);
        // GET /gateway/bot goes through DiscordRestClient, which retries an idempotent 502 itself (log 5101).
        (await Within(harness.Logs.WaitForAsync(5101))).ShouldContain("502");
    }
}
