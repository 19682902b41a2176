using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using ModelBot.Core.Loading;
using ModelBot.Host.Hosting;
using ModelBot.Host.Tests.Support;

namespace ModelBot.Host.Tests.Health;

/// <summary>GET /healthz on the real web host, Kestrel on an ephemeral loopback port.</summary>
public class HealthEndpointTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetHealthAsync(WebApplication app, CancellationToken cancellation)
    {
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        using var response = await client.GetAsync("/healthz", cancellation);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellation));
        return (response.StatusCode, body.RootElement.Clone());
    }

    [Fact]
    public async Task Healthz_RepositoryDataset_ReportsOkWithVersionAndCounts()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var (context, _, _) = TestContexts.Create(settings: [("Console:Mode", "Off")]);
        await using var app = ModelBotWebHost.Build(context, dataPath: null);
        await app.StartAsync(cancellation);

        var (status, body) = await GetHealthAsync(app, cancellation);

        status.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("status").GetString().ShouldBe("ok");
        body.GetProperty("adapters").GetArrayLength().ShouldBe(0);
        var dataset = body.GetProperty("dataset");
        dataset.GetProperty("loaded").GetBoolean().ShouldBeTrue();
        dataset.GetProperty("version").GetInt32().ShouldBe(1);
        dataset.GetProperty("loadedAt").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UnixEpoch);
        dataset.GetProperty("models").GetInt32().ShouldBeGreaterThan(10);
        dataset.GetProperty("benchmarks").GetInt32().ShouldBeGreaterThan(10);
        dataset.GetProperty("results").GetInt32().ShouldBeGreaterThan(40);
        dataset.GetProperty("lastError").ValueKind.ShouldBe(JsonValueKind.Null);
        await app.StopAsync(cancellation);
    }

    [Fact]
    public async Task Healthz_AfterFailedReload_ReportsDegradedWithLastErrorAndKeepsVersion()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var data = new DatasetCopy();
        var (context, _, _) = TestContexts.Create(settings: [("Console:Mode", "Off")]);
        await using var app = ModelBotWebHost.Build(context, data.Directory);
        await app.StartAsync(cancellation);
        data.Replace("models.yaml", "id: gpt-5.4", "id: muse-spark");
        app.Services.GetRequiredService<FileDatasetProvider>().Reload().IsValid.ShouldBeFalse();

        var (status, body) = await GetHealthAsync(app, cancellation);

        status.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("status").GetString().ShouldBe("degraded");
        var dataset = body.GetProperty("dataset");
        dataset.GetProperty("version").GetInt32().ShouldBe(1);
        var errors = dataset.GetProperty("lastError").GetProperty("errors");
        errors.GetArrayLength().ShouldBeGreaterThan(0);
        errors.EnumerateArray().Select(error => error.GetProperty("file").GetString()).ShouldContain("models.yaml");
        await app.StopAsync(cancellation);
    }

    [Fact]
    public async Task Start_InvalidDataset_FailsBeforeServing()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var data = new DatasetCopy();
        data.Replace("models.yaml", "id: gpt-5.4", "id: muse-spark");
        var (context, _, _) = TestContexts.Create(settings: [("Console:Mode", "Off")]);
        await using var app = ModelBotWebHost.Build(context, data.Directory);

        var exception = await Should.ThrowAsync<DatasetLoadException>(() => app.StartAsync(cancellation));

        exception.Errors.ShouldContain(error => error.File == "models.yaml");
    }
}
