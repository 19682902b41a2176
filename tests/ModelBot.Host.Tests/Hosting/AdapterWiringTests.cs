using System.Net;
using System.Text.Json;
using ModelBot.Host.Tests.Support;

namespace ModelBot.Host.Tests.Hosting;

/// <summary><c>modelbot serve</c> with Discord and Slack configured maps both platforms' signed endpoints on the one port.</summary>
public class AdapterWiringTests
{
    [Fact]
    public async Task Serve_DiscordConfigured_SignedCompareAnsweredWithEmbedAndForgeryRejected()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var host = await SignedServeHost.StartAsync(cancellation);
        const string body = """{"id":"1","application_id":"1234567890123456789","type":2,"token":"tok","version":1,"data":{"id":"9","name":"compare","type":1,"options":[{"name":"model1","type":3,"value":"muse-spark"},{"name":"model2","type":3,"value":"gpt-5.4"}]}}""";

        using var response = await host.PostSignedAsync("/discord/interactions", body, "application/json", cancellation);
        using var rejected = await host.PostAsync("/discord/interactions", body, "application/json",
            [("X-Signature-Ed25519", new string('0', 128)), ("X-Signature-Timestamp", SignedServeHost.NowSeconds())], cancellation);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellation));
        json.RootElement.GetProperty("type").GetInt32().ShouldBe(4);
        var embed = json.RootElement.GetProperty("data").GetProperty("embeds")[0];
        embed.GetProperty("title").GetString()!.ShouldContain("Muse Spark");
        rejected.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Serve_SlackConfigured_SignedSlashCommandAnsweredWithBlocks()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var host = await SignedServeHost.StartAsync(cancellation);
        const string body = "command=%2Fbenchmark&text=arc-agi-2&user_id=U1&channel_id=C1&team_id=T1&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fhook";

        using var response = await host.PostSignedAsync("/slack/commands", body, "application/x-www-form-urlencoded", cancellation);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellation));
        json.RootElement.GetProperty("blocks").GetArrayLength().ShouldBeGreaterThan(0);
        json.RootElement.GetProperty("text").GetString()!.ShouldContain("ARC-AGI-2");
    }
}
