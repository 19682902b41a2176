using Microsoft.Extensions.Time.Testing;
using ModelBot.Discord.Tests.Gateway.Fakes;
using ModelBot.Tests.Network;
using static ModelBot.Discord.Tests.Gateway.Fakes.GatewayHarness;

namespace ModelBot.Discord.Tests.Gateway.Connection;

public class ShardConnectionHandshakeTests
{
    [Theory]
    [InlineData("none")]
    [InlineData("zlib-stream")]
    public async Task RunAsync_FreshStart_IdentifiesWithTokenIntentsAndShardThenKeepsReadySession(string compression)
    {
        await using var harness = await GatewayHarness.StartAsync(new FakeTimeProvider(), compression: compression);

        var connection = await harness.ReadyAsync();

        connection.Path.ShouldBe("/gateway");
        connection.Query.ShouldBe(compression == "zlib-stream" ? "?v=10&encoding=json&compress=zlib-stream" : "?v=10&encoding=json");
        harness.Gateway.GatewayBotAuthorizations.ShouldBe(["Bot test-token"]);
        var identify = (await connection.WaitForAsync(2)).D;
        identify.GetProperty("token").GetString().ShouldBe("test-token");
        identify.GetProperty("intents").GetInt32().ShouldBe(0);
        identify.GetProperty("properties").GetProperty("browser").GetString().ShouldBe("modelbot");
        identify.GetProperty("properties").GetProperty("device").GetString().ShouldBe("modelbot");
        identify.GetProperty("properties").GetProperty("os").GetString().ShouldNotBeNullOrEmpty();
        identify.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()).ShouldBe([0, 1]);
        var session = harness.Shards.Shards.ShouldHaveSingleItem().Session;
        session.SessionId.ShouldBe(connection.Session!.Id);
        session.ResumeGatewayUrl.ShouldBe(harness.Gateway.ResumeUrl);
        session.Sequence.ShouldBe(1);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("zlib-stream")]
    public async Task RunAsync_InteractionCreate_ReachesTheHandlerOnce(string compression)
    {
        await using var harness = await GatewayHarness.StartAsync(new FakeTimeProvider(), compression: compression);
        var connection = await harness.ReadyAsync();

        await connection.Session!.PublishAsync("INTERACTION_CREATE", FakeDiscordGateway.Interaction("100"));
        await Within(harness.Handler.WaitForDistinctAsync(1));

        harness.Handler.Counts.ShouldBe(new Dictionary<string, int> { ["100"] = 1 });
        harness.Shards.Shards[0].Session.Sequence.ShouldBe(2);
    }

    [Fact]
    public async Task RunAsync_HandlerStillProcessing_HeartbeatRequestsAreAnsweredAtOnce()
    {
        await using var harness = await GatewayHarness.StartAsync(new FakeTimeProvider());
        harness.Handler.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var connection = await harness.ReadyAsync();

        await connection.Session!.PublishAsync("INTERACTION_CREATE", FakeDiscordGateway.Interaction("100"));
        await Within(harness.Handler.Started.Task);
        await connection.SendAsync("""{"op":1,"d":null}""");
        var beat = await Within(connection.WaitForAsync(1));

        beat.D.GetInt64().ShouldBe(2);
        harness.Handler.Finished.ShouldBe(0);
        harness.Handler.Gate.SetResult();
        await Within(harness.Handler.WaitForDistinctAsync(1));
    }

    [Fact]
    public async Task RunAsync_GatewayBotUnauthorized_LogsAndDoesNotConnect()
    {
        await using var harness = await GatewayHarness.StartAsync(new FakeTimeProvider(), gateway => gateway.GatewayBotStatus = 401);

        var message = await Within(harness.Logs.WaitForAsync(5002));

        message.ShouldContain("401");
        message.ShouldContain("Discord:BotToken");
        harness.Gateway.ConnectionCount.ShouldBe(0);
    }

    [Fact]
    public async Task RunAsync_HandshakeNeverAnswered_AbandonsItAfterTheTimeoutAndTriesAgain()
    {
        await using var peer = SilentPeer.HangingHandshake();
        await using var harness = await GatewayHarness.StartAsync(new FakeTimeProvider(), gateway => gateway.GatewayUrlOverride = peer.Url);

        // Today the shard waited for the first handshake forever.
        await harness.AdvanceUntilAsync(WaitUntilAsync(() => peer.Accepted >= 2), TimeSpan.FromSeconds(1));

        harness.Logs.Entries.ShouldContain(e => e.Message.Contains("no handshake within", StringComparison.Ordinal));
    }

    private static async Task<bool> WaitUntilAsync(Func<bool> condition)
    {
        while (!condition())
        {
            await Task.Delay(10);
        }
        return true;
    }
}
