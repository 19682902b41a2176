using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using ModelBot.Commands.Caching;
using ModelBot.Host.Hosting;
using ModelBot.Host.Tests.Support;
using NSec.Cryptography;

namespace ModelBot.Host.Tests.Caching;

/// <summary>
/// <c>modelbot serve</c> on loopback over a copy of data/, with Discord and Slack configured, and signed requests to
/// both platforms' endpoints; the reply bodies are returned as raw bytes.
/// </summary>
internal sealed class SignedPlatformClient : IAsyncDisposable
{
    public const string ApplicationId = "1234567890123456789";
    private const string SlackSecret = "8f742231b10e8888abcd99yyyzzz85a5";

    private readonly Key _key;
    private readonly HttpClient _client;

    private SignedPlatformClient(WebApplication app, Key key, HttpClient client)
    {
        App = app;
        _key = key;
        _client = client;
    }

    public WebApplication App { get; }

    public static async Task<SignedPlatformClient> StartAsync(string dataPath, int? cacheEntries, CancellationToken cancellation)
    {
        var key = Key.Create(SignatureAlgorithm.Ed25519);
        var publicKey = Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
        var (context, _, _) = TestContexts.Create(settings:
        [
            ("Console:Mode", "Off"),
            ("Data:Path", dataPath),
            ("Answers:CacheEntries", (cacheEntries ?? AnswersOptions.DefaultCacheEntries).ToString(CultureInfo.InvariantCulture)),
            ("Discord:ApplicationId", ApplicationId),
            ("Discord:PublicKey", publicKey),
            ("Discord:BotToken", "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GabcDe.abcdefghijklmnopqrstuvwxyz0123456789AB"),
            ("Discord:ApiBaseUrl", "http://127.0.0.1:9/api/v10"),
            ("Slack:SigningSecret", SlackSecret),
            ("Slack:BotToken", "xoxb-test"),
            ("Slack:ApiBaseUrl", "http://127.0.0.1:9/api/"),
        ]);
        var app = ModelBotWebHost.Build(context, dataPath: null);
        await app.StartAsync(cancellation);
        return new SignedPlatformClient(app, key, new HttpClient { BaseAddress = new Uri(app.Urls.Single()) });
    }

    /// <summary>Posts a signed interaction and returns the 200 response body.</summary>
    public async Task<byte[]> DiscordAsync(string body, CancellationToken cancellation)
    {
        const string timestamp = "1700000000";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature-Ed25519", Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes(timestamp + body))));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return await SendAsync(request, cancellation);
    }

    /// <summary>Posts a signed slash command (form fields) and returns the 200 response body.</summary>
    public async Task<byte[]> SlackAsync(string command, string text, string userId, string responseUrl, CancellationToken cancellation)
    {
        var body = $"command={Uri.EscapeDataString(command)}&text={Uri.EscapeDataString(text)}&user_id={userId}&channel_id=C1&team_id=T1&response_url={Uri.EscapeDataString(responseUrl)}";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SlackSecret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands") { Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        return await SendAsync(request, cancellation);
    }

    private async Task<byte[]> SendAsync(HttpRequestMessage request, CancellationToken cancellation)
    {
        using var response = await _client.SendAsync(request, cancellation);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsByteArrayAsync(cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        _key.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
