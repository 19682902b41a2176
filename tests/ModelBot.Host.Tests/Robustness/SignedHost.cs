using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModelBot.Host.Hosting;
using ModelBot.Host.Tests.Support;
using NSec.Cryptography;

namespace ModelBot.Host.Tests.Robustness;

/// <summary>
/// The real <c>modelbot serve</c> host (Kestrel on 127.0.0.1, an ephemeral port) with Discord and Slack configured,
/// shared by the robustness tests of a class. Signs requests as Discord (Ed25519) and Slack (HMAC) would, so fuzzed
/// bodies get past verification and reach the parsers. Outbound calls (follow-ups, response_url, chat.postMessage) go
/// to 127.0.0.1:9, where nothing listens: they fail fast and are logged.
/// </summary>
public sealed class SignedHost : IAsyncLifetime
{
    public const string SlackSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string DiscordApplicationId = "1234567890123456789";

    private readonly Key _discordKey = Key.Create(SignatureAlgorithm.Ed25519);
    private WebApplication? _app;
    private HttpClient? _client;

    /// <summary>Every route the host maps, as (HTTP method, pattern), read from its endpoint data source.</summary>
    public IReadOnlyList<(string Method, string Route)> Routes { get; private set; } = [];

    public HttpClient Client => _client ?? throw new InvalidOperationException("not started");

    public async ValueTask InitializeAsync()
    {
        var publicKey = Convert.ToHexStringLower(_discordKey.PublicKey.Export(KeyBlobFormat.RawPublicKey));
        var (context, _, _) = TestContexts.Create(settings:
        [
            ("Console:Mode", "Off"),
            ("Logging:LogLevel:Default", "None"),
            ("Discord:ApplicationId", DiscordApplicationId),
            ("Discord:PublicKey", publicKey),
            ("Discord:BotToken", "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GabcDe.abcdefghijklmnopqrstuvwxyz0123456789AB"),
            ("Discord:ApiBaseUrl", "http://127.0.0.1:9/api/v10"),
            ("Discord:RegisterOnStart", "false"),
            ("Slack:SigningSecret", SlackSecret),
            ("Slack:BotToken", "xoxb-test"),
            ("Slack:ApiBaseUrl", "http://127.0.0.1:9/api/"),
        ]);
        _app = ModelBotWebHost.Build(context, dataPath: null);
        await _app.StartAsync(TestContext.Current.CancellationToken);
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()), Timeout = Timeout.InfiniteTimeSpan };
        Routes = [.. _app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (method, "/" + endpoint.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct()
            .OrderBy(route => route.Item2, StringComparer.Ordinal)];
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
        }
        _discordKey.Dispose();
    }

    /// <summary>Sends <paramref name="request"/> to <paramref name="route"/>, signed for the route's platform when asked.</summary>
    public Task<FuzzResponse> SendAsync(string method, string route, FuzzRequest request) =>
        SendAsync(method, route, request.Body, request.ContentType, request.Sign ? SignatureHeaders(route, request.Body) : [], request.ToString());

    /// <summary>Sends raw bytes with exactly the given headers; a request unanswered within the hang guard fails the test.</summary>
    public async Task<FuzzResponse> SendAsync(string method, string route, byte[] body, string? contentType, IEnumerable<(string Name, string Value)> headers, string description)
    {
        using var message = new HttpRequestMessage(new HttpMethod(method), route);
        if (method != "GET" || body.Length > 0)
        {
            message.Content = new ByteArrayContent(body);
            if (contentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }
        foreach (var (name, value) in headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }
        using var hang = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        hang.CancelAfter(FuzzSettings.HangLimit);
        try
        {
            using var response = await Client.SendAsync(message, hang.Token);
            var bytes = await response.Content.ReadAsByteArrayAsync(hang.Token);
            return new FuzzResponse(route, response.StatusCode, response.Content.Headers.ContentType?.ToString(), bytes, description);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            throw new ShouldAssertException($"{route} did not answer within {FuzzSettings.HangLimit} (a hang): {description}");
        }
    }

    /// <summary>The headers that sign <paramref name="body"/> for the platform <paramref name="route"/> belongs to (none for others).</summary>
    public IReadOnlyList<(string Name, string Value)> SignatureHeaders(string route, byte[] body)
    {
        if (route.StartsWith("/discord/", StringComparison.Ordinal))
        {
            var timestamp = NowSeconds();
            return [("X-Signature-Ed25519", SignDiscord(timestamp, body)), ("X-Signature-Timestamp", timestamp)];
        }
        if (route.StartsWith("/slack/", StringComparison.Ordinal))
        {
            var timestamp = NowSeconds();
            return [("X-Slack-Request-Timestamp", timestamp), ("X-Slack-Signature", SignSlack(timestamp, body))];
        }
        return [];
    }

    /// <summary>Discord's signature: Ed25519 over timestamp + body, lowercase hex.</summary>
    public string SignDiscord(string timestamp, byte[] body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_discordKey, [.. Encoding.UTF8.GetBytes(timestamp), .. body]));

    /// <summary>Slack's signature: <c>v0=</c> + HMAC-SHA256 over <c>v0:{timestamp}:{body}</c>, lowercase hex.</summary>
    public static string SignSlack(string timestamp, byte[] body) =>
        "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SlackSecret), (byte[])[.. Encoding.UTF8.GetBytes($"v0:{timestamp}:"), .. body]));

    public static string NowSeconds() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The host still answers real requests correctly: a signed Discord /compare, a signed Slack /benchmark and
    /// /healthz. Run after every barrage.
    /// </summary>
    public async Task AssertStillServingAsync()
    {
        var discord = await SendAsync("POST", "/discord/interactions", new FuzzRequest("valid", ValidRequests.DiscordCompare(), "application/json", Sign: true));
        discord.Status.ShouldBe(HttpStatusCode.OK, discord.ToString());
        using (var json = JsonDocument.Parse(discord.Body))
        {
            json.RootElement.GetProperty("type").GetInt32().ShouldBe(4, discord.ToString());
            json.RootElement.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString().ShouldNotBeNull().ShouldContain("Muse Spark");
        }

        var slack = await SendAsync("POST", "/slack/commands", new FuzzRequest("valid", ValidRequests.SlackBenchmarkCommand(), "application/x-www-form-urlencoded", Sign: true));
        slack.Status.ShouldBe(HttpStatusCode.OK, slack.ToString());
        using (var json = JsonDocument.Parse(slack.Body))
        {
            json.RootElement.GetProperty("text").GetString().ShouldNotBeNull().ShouldContain("ARC-AGI-2");
            json.RootElement.GetProperty("blocks").GetArrayLength().ShouldBeGreaterThan(0);
        }

        var health = await SendAsync("GET", "/healthz", [], null, [], "health");
        health.Status.ShouldBe(HttpStatusCode.OK, health.ToString());
        health.BodyText.ShouldContain("\"status\":\"ok\"");
    }
}
