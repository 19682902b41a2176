using System.Globalization;
using System.Net.WebSockets;
using Microsoft.Extensions.Time.Testing;
using ModelBot.Discord.Gateway.Protocol;
using ModelBot.Discord.Tests.Gateway.Fakes;
using static ModelBot.Discord.Tests.Gateway.Fakes.GatewayHarness;

namespace ModelBot.Discord.Tests.Gateway.Connection;

public class ShardConnectionReceiveLimitTests
{
    private const long Cap = GatewayLimits.MaxReceiveMessageBytes;

    /// <summary>
    /// The fake sends three times the cap of a message that never ends. Only a client that gives up at the cap
    /// reconnects: without it the client would buffer all of it and wait for the end forever. (That the client
    /// holds at most cap + 1 bytes meanwhile is <see cref="BoundedMessageBufferTests"/>.)
    /// </summary>
    [Theory]
    [InlineData("none")]
    [InlineData("zlib-stream")]
    public async Task RunAsync_MessageOverTheCap_StopsReadingResumesAndHandlesTheNextInteraction(string compression)
    {
        await using var harness = await GatewayHarness.StartAsync(new FakeTimeProvider(), compression: compression);
        var connection = await harness.ReadyAsync();
        var session = connection.Session!;

        await Within(connection.SendUnfinishedMessageAsync(WebSocketMessageType.Text, maxBytes: 3 * Cap));
        var resumed = await Within(harness.Gateway.ConnectionAsync(1));
        await Within(resumed.WaitForAsync(6));
        await session.PublishAsync("INTERACTION_CREATE", FakeDiscordGateway.Interaction("after-the-big-one"));
        await Within(harness.Handler.WaitForDistinctAsync(1));

        resumed.Path.ShouldBe("/resume");
        resumed.Frames.ShouldNotContain(f => f.Op == 2);
        harness.Handler.Counts.ShouldBe(new Dictionary<string, int> { ["after-the-big-one"] = 1 });
        (await Within(harness.Logs.WaitForAsync(5024))).ShouldContain(Cap.ToString(CultureInfo.InvariantCulture));
    }
}
