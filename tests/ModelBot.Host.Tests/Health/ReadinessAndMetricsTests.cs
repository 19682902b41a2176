using System.Net;
using System.Text.Json;
using ModelBot.Host.Hosting;
using ModelBot.Host.Tests.Support;

namespace ModelBot.Host.Tests.Health;

/// <summary>What an operator's probes and scraper see: liveness, readiness by transport, /healthz's transports, /metrics.</summary>
public class ReadinessAndMetricsTests
{
    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient client, string path, CancellationToken cancellation)
    {
        using var response = await client.GetAsync(path, cancellation);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(cancellation));
    }

    [Fact]
    public async Task Healthz_BothPlatformsOverHttp_ListsEveryTransportUpAndIsReady()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var host = await SignedServeHost.StartAsync(cancellation);

        var (healthStatus, health) = await GetAsync(host.Client, "/healthz", cancellation);
        var (readyStatus, ready) = await GetAsync(host.Client, "/health/ready", cancellation);
        var (liveStatus, _) = await GetAsync(host.Client, "/health/live", cancellation);

        healthStatus.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(health);
        json.RootElement.GetProperty("adapters").EnumerateArray().Select(a => a.GetString()).ShouldBe(["discord-http", "slack-http"], ignoreOrder: true);
        json.RootElement.GetProperty("transports").EnumerateArray().Select(t => t.GetProperty("state").GetString()).ShouldAllBe(state => state == "up");
        readyStatus.ShouldBe(HttpStatusCode.OK, ready);
        liveStatus.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ready_SocketModeCannotConnect_IsNotReadyButLiveAndHealthzStillAnswers()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var (context, _, _) = TestContexts.Create(settings:
        [
            ("Console:Mode", "Off"),
            ("Slack:BotToken", "xoxb-test"),
            ("Slack:AppToken", "xapp-test"),
            ("Slack:SocketMode:Enabled", "true"),
            // Nothing listens there: apps.connections.open fails and the client keeps retrying.
            ("Slack:ApiBaseUrl", "http://127.0.0.1:9/api/"),
        ]);
        await using var app = ModelBotWebHost.Build(context, dataPath: null);
        await app.StartAsync(cancellation);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        var (readyStatus, ready) = await GetAsync(client, "/health/ready", cancellation);
        var (liveStatus, _) = await GetAsync(client, "/health/live", cancellation);
        var (healthStatus, health) = await GetAsync(client, "/healthz", cancellation);

        readyStatus.ShouldBe(HttpStatusCode.ServiceUnavailable);
        liveStatus.ShouldBe(HttpStatusCode.OK);
        healthStatus.ShouldBe(HttpStatusCode.OK);
        health.ShouldContain("\"name\":\"slack-socket\",\"state\":\"connecting\"");
        await app.StopAsync(cancellation);
    }

    [Fact]
    public async Task Metrics_PrometheusOn_ShowsRequestsByPlatformTransportCommandOutcomeAndTheDatasetVersion()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var host = await SignedServeHost.StartAsync(cancellation, ("Metrics:Prometheus", "true"));
        const string body = "command=%2Fbenchmark&text=arc-agi-2&user_id=U1&channel_id=C1&team_id=T1&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fhook";
        using (var first = await host.PostSignedAsync("/slack/commands", body, "application/x-www-form-urlencoded", cancellation))
        using (var second = await host.PostSignedAsync("/slack/commands", body, "application/x-www-form-urlencoded", cancellation))
        {
            second.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var (status, text) = await GetAsync(host.Client, "/metrics", cancellation);

        status.ShouldBe(HttpStatusCode.OK);
        var lines = text.Split('\n');
        lines.ShouldContain(line => line.StartsWith("modelbot_requests_total{", StringComparison.Ordinal)
            && line.Contains("command=\"benchmark\"", StringComparison.Ordinal) && line.Contains("outcome=\"answered\"", StringComparison.Ordinal)
            && line.Contains("platform=\"slack\"", StringComparison.Ordinal) && line.Contains("transport=\"slack-http\"", StringComparison.Ordinal));
        lines.ShouldContain(line => line.StartsWith("modelbot_requests_total{", StringComparison.Ordinal) && line.Contains("outcome=\"cached\"", StringComparison.Ordinal));
        lines.ShouldContain(line => line.StartsWith("modelbot_answer_duration_seconds_bucket{", StringComparison.Ordinal));
        lines.ShouldContain(line => line.StartsWith("modelbot_dataset_version", StringComparison.Ordinal) && line.TrimEnd().EndsWith(" 1", StringComparison.Ordinal));
        lines.ShouldContain(line => line.StartsWith("modelbot_reply_cache_hit_ratio", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Metrics_Default_RouteIsNotServed()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var host = await SignedServeHost.StartAsync(cancellation);

        var (status, _) = await GetAsync(host.Client, "/metrics", cancellation);

        status.ShouldBe(HttpStatusCode.NotFound);
    }
}
