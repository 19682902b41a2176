using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using ModelBot.Host.Hosting;
using NSec.Cryptography;

namespace ModelBot.Host.Tests.Support;

/// <summary>
/// The real <c>modelbot serve</c> host (Kestrel on 127.0.0.1, an ephemeral port) with Discord and Slack configured,
/// and the two signers a platform would use: Discord's Ed25519 and Slack's HMAC. The signers are written here from the
/// platforms' documentation, not taken from the host, so a broken verifier cannot agree with a broken signer. Outbound
/// calls (follow-ups, response_url, chat.postMessage) go to 127.0.0.1:9, where nothing listens: they fail fast.
/// </summary>
public sealed class SignedServeHost : IAsyncDisposable
{
    public const string DiscordApplicationId = "1234567890123456789";
    public const string SlackSecret = "8f742231b10e8888abcd99yyyzzz85a5";

    private readonly Key _discordKey;

    private SignedServeHost(WebApplication app, Key discordKey)
    {
        App = app;
        _discordKey = discordKey;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
    }

    public WebApplication App { get; }

    /// <summary>A client whose base address is the host's loopback URL.</summary>
    public HttpClient Client { get; }

    /// <summary>
    /// Starts the host with a fresh Discord key. <paramref name="settings"/> are laid over the platform settings
    /// (a later key wins), e.g. <c>Data:Path</c> or a log level.
    /// </summary>
    public static async Task<SignedServeHost> StartAsync(CancellationToken cancellation, params (string Key, string? Value)[] settings)
    {
        var discordKey = Key.Create(SignatureAlgorithm.Ed25519);
        var publicKey = Convert.ToHexStringLower(discordKey.PublicKey.Export(KeyBlobFormat.RawPublicKey));
        var (context, _, _) = TestContexts.Create(settings:
        [
            ("Console:Mode", "Off"),
            ("Discord:ApplicationId", DiscordApplicationId),
            ("Discord:PublicKey", publicKey),
            ("Discord:BotToken", "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GabcDe.abcdefghijklmnopqrstuvwxyz0123456789AB"),
            ("Discord:ApiBaseUrl", "http://127.0.0.1:9/api/v10"),
            ("Discord:RegisterOnStart", "false"),
            ("Slack:SigningSecret", SlackSecret),
            ("Slack:BotToken", "xoxb-test"),
            ("Slack:ApiBaseUrl", "http://127.0.0.1:9/api/"),
            .. settings,
        ]);
        var app = ModelBotWebHost.Build(context, dataPath: null);
        try
        {
            await app.StartAsync(cancellation);
        }
        catch
        {
            await app.DisposeAsync();
            discordKey.Dispose();
            throw;
        }
        return new SignedServeHost(app, discordKey);
    }

    /// <summary>Posts <paramref name="body"/> to <paramref name="route"/>, signed for the route's platform.</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string route, string body, string contentType, CancellationToken cancellation) =>
        PostAsync(route, body, contentType, SignatureHeaders(route, Encoding.UTF8.GetBytes(body)), cancellation);

    /// <summary>Posts <paramref name="body"/> with exactly the given headers (a forged signature, say).</summary>
    public async Task<HttpResponseMessage> PostAsync(
        string route, string body, string contentType, IEnumerable<(string Name, string Value)> headers, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }
        return await Client.SendAsync(request, cancellation);
    }

    /// <summary>The headers that sign <paramref name="body"/> now for the platform <paramref name="route"/> belongs to (none for others).</summary>
    public IReadOnlyList<(string Name, string Value)> SignatureHeaders(string route, byte[] body)
    {
        var timestamp = NowSeconds();
        if (route.StartsWith("/discord/", StringComparison.Ordinal))
        {
            return [("X-Signature-Ed25519", SignDiscord(timestamp, body)), ("X-Signature-Timestamp", timestamp)];
        }
        if (route.StartsWith("/slack/", StringComparison.Ordinal))
        {
            return [("X-Slack-Request-Timestamp", timestamp), ("X-Slack-Signature", SignSlack(timestamp, body))];
        }
        return [];
    }

    /// <summary>Discord's signature: Ed25519 over timestamp + body, lowercase hex.</summary>
    public string SignDiscord(string timestamp, byte[] body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_discordKey, [.. Encoding.UTF8.GetBytes(timestamp), .. body]));

    /// <summary>Slack's signature: <c>v0=</c> + HMAC-SHA256 over <c>v0:{timestamp}:{body}</c>, lowercase hex.</summary>
    public static string SignSlack(string timestamp, byte[] body, string secret = SlackSecret) =>
        "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), (byte[])[.. Encoding.UTF8.GetBytes($"v0:{timestamp}:"), .. body]));

    /// <summary>Now as Unix seconds, the form both platforms' timestamp headers take.</summary>
    public static string NowSeconds() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
        _discordKey.Dispose();
    }
}
