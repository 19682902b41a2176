using ModelBot.Discord.Gateway.Connection;
using ModelBot.Discord.Gateway.Protocol;

namespace ModelBot.Discord.Tests.Gateway.Connection;

public class GatewayUrlsTests
{
    [Theory]
    [InlineData("wss://gateway.discord.gg", "wss://gateway.discord.gg/?v=10&encoding=json")]
    [InlineData("wss://gateway.discord.gg/", "wss://gateway.discord.gg/?v=10&encoding=json")]
    [InlineData("wss://gateway-us-east1-b.discord.gg", "wss://gateway-us-east1-b.discord.gg/?v=10&encoding=json")]
    [InlineData("ws://127.0.0.1:5000/resume", "ws://127.0.0.1:5000/resume?v=10&encoding=json")]
    public void ForConnect_GatewayUrl_AddsVersionAndEncoding(string url, string expected) =>
        GatewayUrls.ForConnect(url).AbsoluteUri.ShouldBe(expected);

    [Theory]
    [InlineData("wss://gateway.discord.gg", "wss://gateway.discord.gg/?v=10&encoding=json&compress=zlib-stream")]
    [InlineData("ws://127.0.0.1:5000/resume", "ws://127.0.0.1:5000/resume?v=10&encoding=json&compress=zlib-stream")]
    public void ForConnect_ZlibStream_AsksForTransportCompression(string url, string expected) =>
        GatewayUrls.ForConnect(url, GatewayCompression.ZlibStream).AbsoluteUri.ShouldBe(expected);
}
