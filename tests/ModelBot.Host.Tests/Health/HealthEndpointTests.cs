using System.Net;
using System.Text.Json;
using ModelBot.Host.Hosting;

namespace ModelBot.Host.Tests.Health;

public class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_RunningHostOnKestrel_ReturnsOkStatusAsJson()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var (context, _, _) = TestContexts.Create(settings: [("Console:Mode", "Off")]);
        await using var app = ModelBotWebHost.Build(context, dataPath: null);
        await app.StartAsync(cancellation);
        var address = app.Urls.Single();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        using var response = await client.GetAsync("/healthz", cancellation);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellation));
        body.RootElement.GetProperty("status").GetString().ShouldBe("ok");
        body.RootElement.GetProperty("adapters").GetArrayLength().ShouldBe(0);
        await app.StopAsync(cancellation);
    }
}
