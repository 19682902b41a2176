using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ModelBot.Discord.Tests.Gateway.Fakes;
using static ModelBot.Discord.Tests.Gateway.Fakes.GatewayHarness;

namespace ModelBot.Discord.Tests.Gateway.Connection;

public class ShardConnectionCloseCodeTests
{
    [Theory]
    [InlineData(4004, "Discord:BotToken")]
    [InlineData(4010, "ShardIds")]
    [InlineData(4011, "ShardCount")]
    [InlineData(4012, "API version")]
    [InlineData(4013, "Intents")]
    [InlineData(4014, "Intents")]
    public async Task RunAsync_FatalCloseCode_StopsTheShardWithAnErrorNamingCodeAndFix(int code, string fix)
    {
        await using var harness = await GatewayHarness.StartAsync(new FakeTimeProvider());
        var connection = await harness.ReadyAsync();

        await connection.CloseAsync(code);
        var message = await Within(harness.Logs.WaitForAsync(5018));

        message.ShouldContain(code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        message.ShouldContain(fix);
        harness.Logs.Entries.ShouldContain(e => e.EventId == 5018 && e.Level >= LogLevel.Error);
        harness.Gateway.ConnectionCount.ShouldBe(1);
    }

    [Theory]
    [InlineData(4007, "none")]
    [InlineData(4009, "none")]
    [InlineData(4007, "zlib-stream")]
    [InlineData(4009, "zlib-stream")]
    [InlineData(4003, "none")]
    [InlineData(4005, "zlib-stream")]
    public async Task RunAsync_SessionCloseCode_IdentifiesAnewOnTheGatewayUrl(int code, string compression)
    {
        var time = new FakeTimeProvider();
        await using var harness = await GatewayHarness.StartAsync(time, compression: compression);
        var connection = await harness.ReadyAsync();

        await connection.CloseAsync(code);
        var next = await harness.AdvanceUntilAsync(harness.Gateway.ConnectionAsync(1), TimeSpan.FromMilliseconds(500));
        // The shard waits for its identify turn (5 s after the first identify of bucket 0) on the open socket.
        var identify = await harness.AdvanceUntilAsync(next.WaitForAsync(2), TimeSpan.FromMilliseconds(500));

        next.Path.ShouldBe("/gateway");
        next.Frames.ShouldNotContain(f => f.Op == 6);
        identify.D.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()).ShouldBe([0, 1]);
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4008)]
    [InlineData(1011)]
    public async Task RunAsync_ResumableCloseCode_ResumesOnTheResumeUrl(int code)
    {
        // Alternating modes keeps the run short while every code and both modes are covered.
        var compression = code % 2 == 0 ? "none" : "zlib-stream";
        await using var harness = await GatewayHarness.StartAsync(new FakeTimeProvider(), compression: compression);
        var connection = await harness.ReadyAsync();

        await connection.CloseAsync(code);
        var next = await Within(harness.Gateway.ConnectionAsync(1));
        var resume = await Within(next.WaitForAsync(6));

        next.Path.ShouldBe("/resume");
        next.Compressed.ShouldBe(compression == "zlib-stream");
        resume.D.GetProperty("session_id").GetString().ShouldBe(connection.Session!.Id);
        resume.D.GetProperty("seq").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_ResumesNeverAnswered_IdentifiesANewSessionAfterTheBoundedAttempts()
    {
        var time = new FakeTimeProvider();
        await using var harness = await GatewayHarness.StartAsync(time);
        var connection = await harness.ReadyAsync();
        harness.Gateway.AnswerResumes = false;

        connection.Abort();
        for (var attempt = 1; attempt <= ModelBot.Discord.Gateway.Protocol.GatewayLimits.MaxResumeAttemptsInARow; attempt++)
        {
            var resuming = await harness.AdvanceUntilAsync(harness.Gateway.ConnectionAsync(attempt), TimeSpan.FromMilliseconds(500));
            await Within(resuming.WaitForAsync(6));
            resuming.Path.ShouldBe("/resume");
            resuming.Abort();
        }

        // Today the shard resumed the dead session forever.
        var next = await harness.AdvanceUntilAsync(harness.Gateway.ConnectionAsync(ModelBot.Discord.Gateway.Protocol.GatewayLimits.MaxResumeAttemptsInARow + 1), TimeSpan.FromMilliseconds(500));
        await harness.AdvanceUntilAsync(next.WaitForAsync(2), TimeSpan.FromMilliseconds(500));
        next.Path.ShouldBe("/gateway");
        next.Frames.ShouldNotContain(f => f.Op == 6);
        harness.Logs.Entries.ShouldContain(e => e.EventId == 5027);
    }
}
