using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModelBot.Host.Tests.Support;

namespace ModelBot.Host.Tests.Robustness;

/// <summary>
/// The signed <c>modelbot serve</c> host (<see cref="SignedServeHost"/>), quiet, shared by the robustness tests of a
/// class: fuzzed bodies are signed as Discord and Slack would sign them, so they get past verification and reach the
/// parsers.
/// </summary>
public sealed class SignedHost : IAsyncLifetime
{
    private SignedServeHost? _server;

    /// <summary>Every route the host maps, as (HTTP method, pattern), read from its endpoint data source.</summary>
    public IReadOnlyList<(string Method, string Route)> Routes { get; private set; } = [];

    public SignedServeHost Server => _server ?? throw new InvalidOperationException("not started");

    public HttpClient Client => Server.Client;

    public async ValueTask InitializeAsync()
    {
        _server = await SignedServeHost.StartAsync(TestContext.Current.CancellationToken, ("Logging:LogLevel:Default", "None"));
        Routes = [.. _server.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (method, "/" + endpoint.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct()
            .OrderBy(route => route.Item2, StringComparer.Ordinal)];
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>Sends <paramref name="request"/> to <paramref name="route"/>, signed for the route's platform when asked.</summary>
    public Task<FuzzResponse> SendAsync(string method, string route, FuzzRequest request) =>
        SendAsync(method, route, request.Body, request.ContentType, request.Sign ? Server.SignatureHeaders(route, request.Body) : [], request.ToString());

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
