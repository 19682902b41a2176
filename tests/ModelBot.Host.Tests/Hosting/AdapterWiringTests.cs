using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using ModelBot.Host.Hosting;
using ModelBot.Host.Tests.Support;
using NSec.Cryptography;

namespace ModelBot.Host.Tests.Hosting;

/// <summary><c>modelbot serve</c> with Discord and Slack configured maps both platforms' signed endpoints on the one port.</summary>
public class AdapterWiringTests
{
    private const string SlackSecret = "8f742231b10e8888abcd99yyyzzz85a5";

    private static async Task<WebApplication> StartAsync(Key discordKey, CancellationToken cancellation)
    {
        var publicKey = Convert.ToHexStringLower(discordKey.PublicKey.Export(KeyBlobFormat.RawPublicKey));
        var (context, _, _) = TestContexts.Create(settings:
        [
            ("Console:Mode", "Off"),
            ("Discord:ApplicationId", "1234567890123456789"),
            ("Discord:PublicKey", publicKey),
            ("Discord:BotToken", "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GabcDe.abcdefghijklmnopqrstuvwxyz0123456789AB"),
            ("Discord:ApiBaseUrl", "http://127.0.0.1:9/api/v10"),
            ("Slack:SigningSecret", SlackSecret),
            ("Slack:BotToken", "xoxb-test"),
            ("Slack:ApiBaseUrl", "http://127.0.0.1:9/api/"),
        ]);
        var app = ModelBotWebHost.Build(context, dataPath: null);
        await app.StartAsync(cancellation);
        return app;
    }

    [Fact]
    public async Task Serve_DiscordConfigured_SignedCompareAnsweredWithEmbedAndForgeryRejected()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var key = Key.Create(SignatureAlgorithm.Ed25519);
        await using var app = await StartAsync(key, cancellation);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        const string body = """{"id":"1","application_id":"1234567890123456789","type":2,"token":"tok","version":1,"data":{"id":"9","name":"compare","type":1,"options":[{"name":"model1","type":3,"value":"muse-spark"},{"name":"model2","type":3,"value":"gpt-5.4"}]}}""";
        const string timestamp = "1700000000";

        using var signed = Request(body, timestamp, Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp + body))));
        using var response = await client.SendAsync(signed, cancellation);
        using var forged = Request(body, timestamp, new string('0', 128));
        using var rejected = await client.SendAsync(forged, cancellation);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellation));
        json.RootElement.GetProperty("type").GetInt32().ShouldBe(4);
        var embed = json.RootElement.GetProperty("data").GetProperty("embeds")[0];
        embed.GetProperty("title").GetString()!.ShouldContain("Muse Spark");
        rejected.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await app.StopAsync(cancellation);

        static HttpRequestMessage Request(string body, string timestamp, string signature)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Signature-Ed25519", signature);
            request.Headers.Add("X-Signature-Timestamp", timestamp);
            return request;
        }
    }

    [Fact]
    public async Task Serve_SlackConfigured_SignedSlashCommandAnsweredWithBlocks()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var key = Key.Create(SignatureAlgorithm.Ed25519);
        await using var app = await StartAsync(key, cancellation);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        const string body = "command=%2Fbenchmark&text=arc-agi-2&user_id=U1&channel_id=C1&team_id=T1&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fhook";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SlackSecret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands") { Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        using var response = await client.SendAsync(request, cancellation);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellation));
        json.RootElement.GetProperty("blocks").GetArrayLength().ShouldBeGreaterThan(0);
        json.RootElement.GetProperty("text").GetString()!.ShouldContain("ARC-AGI-2");
        await app.StopAsync(cancellation);
    }
}
