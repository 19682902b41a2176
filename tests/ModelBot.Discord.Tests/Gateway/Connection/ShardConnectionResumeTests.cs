using Microsoft.Extensions.Time.Testing;
using ModelBot.Discord.Tests.Gateway.Fakes;
using static ModelBot.Discord.Tests.Gateway.Fakes.GatewayHarness;

namespace ModelBot.Discord.Tests.Gateway.Connection;

public class ShardConnectionResumeTests
{
    [Theory]
    [InlineData("none")]
    [InlineData("zlib-stream")]
    public async Task RunAsync_SocketDroppedWhileEventsArrive_ResumesAndHandlesEveryInteractionOnce(string compression)
    {
        await using var harness = await GatewayHarness.StartAsync(new FakeTimeProvider(), compression: compression);
        var connection = await harness.ReadyAsync();
        var session = connection.Session!;
        for (var i = 1; i <= 3; i++)
        {
            await session.PublishAsync("INTERACTION_CREATE", FakeDiscordGateway.Interaction($"{i}"));
        }

        await Within(harness.Handler.WaitForDistinctAsync(3));
        connection.Abort();
        for (var i = 4; i <= 5; i++)
        {
            await session.PublishAsync("INTERACTION_CREATE", FakeDiscordGateway.Interaction($"{i}"));
        }

        var resumed = await Within(harness.Gateway.ConnectionAsync(1));
        var resume = await Within(resumed.WaitForAsync(6));
        await Within(harness.Handler.WaitForDistinctAsync(5));
        await Within(harness.Logs.WaitForAsync(5013));

        resumed.Path.ShouldBe("/resume");
        resumed.Query.ShouldBe(connection.Query);
        resume.D.GetProperty("seq").GetInt64().ShouldBe(4);
        harness.Handler.Counts.Values.ShouldAllBe(count => count == 1);
        harness.Handler.Counts.Count.ShouldBe(5);
        resumed.Frames.ShouldNotContain(f => f.Op == 2);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("zlib-stream")]
    public async Task RunAsync_Reconnect_ClosesWithNon1000AndResumesOnResumeUrl(string compression)
    {
        await using var harness = await GatewayHarness.StartAsync(new FakeTimeProvider(), compression: compression);
        var connection = await harness.ReadyAsync();

        await connection.SendAsync("""{"op":7,"d":null}""");
        var closeCode = await Within(connection.ClientClose);
        var resumed = await Within(harness.Gateway.ConnectionAsync(1));
        var resume = await Within(resumed.WaitForAsync(6));

        closeCode.ShouldNotBeNull();
        closeCode.Value.ShouldNotBeOneOf(1000, 1001);
        resumed.Path.ShouldBe("/resume");
        resume.D.GetProperty("session_id").GetString().ShouldBe(connection.Session!.Id);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("zlib-stream")]
    public async Task RunAsync_InvalidSessionResumable_ResumesTheSameSession(string compression)
    {
        await using var harness = await GatewayHarness.StartAsync(new FakeTimeProvider(), compression: compression);
        var connection = await harness.ReadyAsync();

        await connection.SendAsync("""{"op":9,"d":true}""");
        var resumed = await Within(harness.Gateway.ConnectionAsync(1));
        var resume = await Within(resumed.WaitForAsync(6));

        resumed.Path.ShouldBe("/resume");
        resume.D.GetProperty("session_id").GetString().ShouldBe(connection.Session!.Id);
        resumed.Frames.ShouldNotContain(f => f.Op == 2);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("zlib-stream")]
    public async Task RunAsync_InvalidSessionNotResumable_WaitsOneToFiveSecondsThenIdentifiesAnew(string compression)
    {
        var time = new FakeTimeProvider();
        await using var harness = await GatewayHarness.StartAsync(time, jitter: 0.5, compression: compression);
        var connection = await harness.ReadyAsync();

        var sentAt = time.GetUtcNow();
        await connection.SendAsync("""{"op":9,"d":false}""");
        var next = await harness.AdvanceUntilAsync(harness.Gateway.ConnectionAsync(1), TimeSpan.FromMilliseconds(250));
        var identify = await harness.AdvanceUntilAsync(next.WaitForAsync(2), TimeSpan.FromMilliseconds(250));

        next.Path.ShouldBe("/gateway");
        next.Frames.ShouldNotContain(f => f.Op == 6);
        (identify.At - sentAt).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1 + (4 * 0.5)));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("zlib-stream")]
    public async Task RunAsync_ResumeRejected_IdentifiesAnewOnTheGatewayUrl(string compression)
    {
        var time = new FakeTimeProvider();
        await using var harness = await GatewayHarness.StartAsync(time, compression: compression);
        var connection = await harness.ReadyAsync();
        var staleSession = connection.Session!.Id;

        await connection.CloseAsync(4000);
        var resumed = await Within(harness.Gateway.ConnectionAsync(1));
        await Within(resumed.WaitForAsync(6));
        await Within(resumed.SendAsync("""{"op":9,"d":false}"""));
        var fresh = await harness.AdvanceUntilAsync(harness.Gateway.ConnectionAsync(2), TimeSpan.FromMilliseconds(250));
        var identify = await harness.AdvanceUntilAsync(fresh.WaitForAsync(2), TimeSpan.FromMilliseconds(250));

        fresh.Path.ShouldBe("/gateway");
        identify.D.GetProperty("token").GetString().ShouldBe("test-token");
        (await Within(harness.Logs.WaitForAsync(5012))).ShouldNotBeNull();
        fresh.Session.ShouldNotBeNull().Id.ShouldNotBe(staleSession);
    }
}
