using Microsoft.Extensions.Time.Testing;
using ModelBot.Discord.Tests.Gateway.Fakes;
using static ModelBot.Discord.Tests.Gateway.Fakes.GatewayHarness;

namespace ModelBot.Discord.Tests.Gateway.Connection;

public class ShardConnectionHeartbeatTests
{
    private const int IntervalMs = 40_000;

    [Fact]
    public async Task Heartbeats_AfterHello_FirstAtIntervalTimesJitterThenEveryIntervalWithLastSequence()
    {
        var time = new FakeTimeProvider();
        await using var harness = await GatewayHarness.StartAsync(time, gateway => gateway.HeartbeatIntervalMs = IntervalMs, jitter: 0.25);
        var connection = await harness.ReadyAsync();
        var hello = time.GetUtcNow();
        await connection.Session!.PublishAsync("INTERACTION_CREATE", FakeDiscordGateway.Interaction("1"));
        await Within(harness.Handler.WaitForDistinctAsync(1));

        var first = hello + TimeSpan.FromMilliseconds(IntervalMs * 0.25);
        time.SetUtcNow(first);
        var beat1 = await Within(connection.WaitForAsync(1, 1));

        // Each interaction is sent after the ACK of the beat before it, so once the handler saw it the client has read the ACK.
        await connection.Session.PublishAsync("INTERACTION_CREATE", FakeDiscordGateway.Interaction("2"));
        await Within(harness.Handler.WaitForDistinctAsync(2));
        time.SetUtcNow(first + TimeSpan.FromMilliseconds(IntervalMs));
        var beat2 = await Within(connection.WaitForAsync(1, 2));
        await connection.Session.PublishAsync("INTERACTION_CREATE", FakeDiscordGateway.Interaction("3"));
        await Within(harness.Handler.WaitForDistinctAsync(3));
        time.SetUtcNow(first + TimeSpan.FromMilliseconds(2 * IntervalMs));
        var beat3 = await Within(connection.WaitForAsync(1, 3));

        (beat1.At, beat1.D.GetInt64()).ShouldBe((first, 2L));
        (beat2.At - beat1.At, beat2.D.GetInt64()).ShouldBe((TimeSpan.FromMilliseconds(IntervalMs), 3L));
        (beat3.At - beat2.At, beat3.D.GetInt64()).ShouldBe((TimeSpan.FromMilliseconds(IntervalMs), 4L));
        harness.Gateway.ConnectionCount.ShouldBe(1);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("zlib-stream")]
    public async Task Heartbeats_GatewayStopsAcking_ClientClosesWithNon1000AndResumes(string compression)
    {
        var time = new FakeTimeProvider();
        await using var harness = await GatewayHarness.StartAsync(time, gateway => gateway.HeartbeatIntervalMs = IntervalMs, compression: compression);
        var connection = await harness.ReadyAsync();
        await connection.Session!.PublishAsync("INTERACTION_CREATE", FakeDiscordGateway.Interaction("1"));
        await Within(harness.Handler.WaitForDistinctAsync(1));
        harness.Gateway.AckHeartbeats = false;

        time.Advance(TimeSpan.FromMilliseconds(IntervalMs * 0.5));
        await Within(connection.WaitForAsync(1, 1));
        time.Advance(TimeSpan.FromMilliseconds(IntervalMs));
        var closeCode = await Within(connection.ClientClose);
        harness.Gateway.AckHeartbeats = true;
        var resumed = await Within(harness.Gateway.ConnectionAsync(1));
        var resume = await Within(resumed.WaitForAsync(6));

        closeCode.ShouldNotBeNull();
        closeCode.Value.ShouldNotBeOneOf(1000, 1001);
        connection.Frames.Count(f => f.Op == 1).ShouldBe(1);
        resumed.Path.ShouldBe("/resume");
        resume.D.GetProperty("session_id").GetString().ShouldBe(connection.Session.Id);
        resume.D.GetProperty("seq").GetInt64().ShouldBe(2);
        resume.D.GetProperty("token").GetString().ShouldBe("test-token");
    }

    [Fact]
    public async Task Connect_GatewaySendsNoHello_ClientGivesUpAfterTheHelloTimeoutAndReconnects()
    {
        var time = new FakeTimeProvider();
        await using var harness = await GatewayHarness.StartAsync(time, gateway => gateway.SendHello = false);
        var silent = await Within(harness.Gateway.ConnectionAsync(0));
        harness.Gateway.SendHello = true;

        var next = await harness.AdvanceUntilAsync(harness.Gateway.ConnectionAsync(1), TimeSpan.FromSeconds(1));
        await Within(next.WaitForAsync(2));
        var closeCode = await Within(silent.ClientClose);

        closeCode.ShouldNotBeNull();
        closeCode.Value.ShouldNotBeOneOf(1000, 1001);
        silent.Frames.ShouldBeEmpty();
        (await Within(harness.Logs.WaitForAsync(5022))).ShouldContain("HELLO");
    }
}
