using System.Text.Json;
using ModelBot.Discord.Gateway.Protocol;

namespace ModelBot.Discord.Tests.Gateway.Protocol;

public class GatewayJsonContextTests
{
    [Fact]
    public void Serialize_Identify_MatchesTheDocumentedShape()
    {
        var payload = new GatewaySendPayload<Identify>(GatewayOpcode.Identify, new Identify("tok", 0, new IdentifyConnectionProperties("linux", "modelbot", "modelbot"), [1, 2]));

        var json = JsonSerializer.Serialize(payload, GatewayJsonContext.Default.GatewaySendPayloadIdentify);

        json.ShouldBe("""{"op":2,"d":{"token":"tok","intents":0,"properties":{"os":"linux","browser":"modelbot","device":"modelbot"},"shard":[1,2]}}""");
    }

    [Fact]
    public void Serialize_Resume_UsesSessionIdAndSeq()
    {
        var json = JsonSerializer.Serialize(new GatewaySendPayload<Resume>(GatewayOpcode.Resume, new Resume("tok", "abc", 1337)), GatewayJsonContext.Default.GatewaySendPayloadResume);

        json.ShouldBe("""{"op":6,"d":{"token":"tok","session_id":"abc","seq":1337}}""");
    }

    [Theory]
    [InlineData(null, """{"op":1,"d":null}""")]
    [InlineData(42L, """{"op":1,"d":42}""")]
    public void Serialize_Heartbeat_CarriesLastSequenceOrNull(long? sequence, string expected) =>
        JsonSerializer.Serialize(new GatewaySendPayload<long?>(GatewayOpcode.Heartbeat, sequence), GatewayJsonContext.Default.GatewaySendPayloadNullableInt64).ShouldBe(expected);

    [Fact]
    public void Deserialize_Dispatch_ReadsOpSequenceNameAndData()
    {
        var payload = JsonSerializer.Deserialize("""{"op":0,"s":7,"t":"READY","d":{"v":10,"session_id":"s1","resume_gateway_url":"wss://r","shard":[0,1]}}""", GatewayJsonContext.Default.GatewayPayload)!;

        payload.Op.ShouldBe(GatewayOpcode.Dispatch);
        payload.S.ShouldBe(7);
        payload.T.ShouldBe("READY");
        var ready = payload.D.Deserialize(GatewayJsonContext.Default.Ready)!;
        (ready.V, ready.SessionId, ready.ResumeGatewayUrl).ShouldBe((10, "s1", "wss://r"));
        ready.Shard.ShouldBe([0, 1]);
    }

    [Fact]
    public void Deserialize_GatewayBot_ReadsSessionStartLimit()
    {
        var bot = JsonSerializer.Deserialize("""{"url":"wss://gateway.discord.gg","shards":9,"session_start_limit":{"total":1000,"remaining":999,"reset_after":14400000,"max_concurrency":1}}""", GatewayJsonContext.Default.GatewayBot)!;

        bot.ShouldBe(new GatewayBot("wss://gateway.discord.gg", 9, new SessionStartLimit(1000, 999, 14_400_000, 1)));
    }

    [Theory]
    [InlineData(0UL, 1, 0)]
    [InlineData(41771983423143937UL, 4, 2)]
    [InlineData(197038439483310086UL, 7, 6)]
    [InlineData(81384788765712384UL, 3, 1)]
    [InlineData(613425648685547541UL, 5, 4)]
    public void ShardFor_GuildId_UsesTheDocumentedFormula(ulong guildId, int shards, int expected) =>
        GatewayLimits.ShardFor(guildId, shards).ShouldBe(expected);
}
