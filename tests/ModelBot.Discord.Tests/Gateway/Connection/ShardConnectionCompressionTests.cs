using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using ModelBot.Discord.Gateway.Protocol;
using ModelBot.Discord.Tests.Gateway.Fakes;
using static ModelBot.Discord.Tests.Gateway.Fakes.GatewayHarness;

namespace ModelBot.Discord.Tests.Gateway.Connection;

public class ShardConnectionCompressionTests
{
    [Fact]
    public async Task RunAsync_CorruptCompressedData_DropsTheSocketAndResumesWithAFreshContext()
    {
        await using var harness = await GatewayHarness.StartAsync(new FakeTimeProvider(), compression: "zlib-stream");
        var connection = await harness.ReadyAsync();
        var session = connection.Session!;

        await connection.SendRawAsync([0xDE, 0xAD, 0xBE, 0xEF, 0x00, 0x00, 0xFF, 0xFF], WebSocketMessageType.Binary);
        var resumed = await Within(harness.Gateway.ConnectionAsync(1));
        await Within(resumed.WaitForAsync(6));
        await session.PublishAsync("INTERACTION_CREATE", FakeDiscordGateway.Interaction("after-corruption"));
        await Within(harness.Handler.WaitForDistinctAsync(1));

        resumed.Path.ShouldBe("/resume");
        resumed.Compressed.ShouldBeTrue();
        harness.Handler.Counts.ShouldBe(new Dictionary<string, int> { ["after-corruption"] = 1 });
        (await Within(harness.Logs.WaitForAsync(5025))).ShouldContain("fresh zlib context");
        harness.Logs.Entries.ShouldNotContain(e => e.EventId == 5023);
    }

    /// <summary>A few KiB that inflate to 9 MiB: the client stops at the cap instead of inflating it all.</summary>
    [Fact]
    public async Task RunAsync_MessageInflatingPastTheCap_DropsTheSocketAndResumes()
    {
        await using var harness = await GatewayHarness.StartAsync(new FakeTimeProvider(), compression: "zlib-stream");
        var connection = await harness.ReadyAsync();
        var session = connection.Session!;
        var padding = new string(' ', GatewayLimits.MaxReceiveMessageBytes + (1024 * 1024));

        await connection.SendAsync($$$"""{"op":0,"s":null,"t":"GUILD_CREATE","d":{"padding":"{{{padding}}}"}}""");
        var resumed = await Within(harness.Gateway.ConnectionAsync(1));
        await Within(resumed.WaitForAsync(6));
        await session.PublishAsync("INTERACTION_CREATE", FakeDiscordGateway.Interaction("after-the-bomb"));
        await Within(harness.Handler.WaitForDistinctAsync(1));

        harness.Handler.Counts.ShouldBe(new Dictionary<string, int> { ["after-the-bomb"] = 1 });
        (await Within(harness.Logs.WaitForAsync(5024))).ShouldContain("resuming");
    }

    [Fact]
    public async Task RunAsync_UnknownCompressionSetting_LogsTheSettingAndDoesNotConnect()
    {
        await using var harness = await GatewayHarness.StartAsync(new FakeTimeProvider(), compression: "zstd");

        var message = await Within(harness.Logs.WaitForAsync(5005));

        message.ShouldContain("Discord:Gateway:Compression");
        message.ShouldContain("zstd");
        harness.Gateway.ConnectionCount.ShouldBe(0);
    }

    [Fact]
    public async Task RunAsync_LargeLegalCompressedMessage_IsReadWhole()
    {
        await using var harness = await GatewayHarness.StartAsync(new FakeTimeProvider(), compression: "zlib-stream");
        var connection = await harness.ReadyAsync();
        var big = new StringBuilder(FakeDiscordGateway.Interaction("big")[..^1]).Append(",\"padding\":\"").Append('x', 3 * 1024 * 1024).Append("\"}").ToString();

        await connection.Session!.PublishAsync("INTERACTION_CREATE", big);
        await Within(harness.Handler.WaitForDistinctAsync(1));

        harness.Handler.Counts.ShouldBe(new Dictionary<string, int> { ["big"] = 1 });
        harness.Gateway.ConnectionCount.ShouldBe(1);
    }
}
