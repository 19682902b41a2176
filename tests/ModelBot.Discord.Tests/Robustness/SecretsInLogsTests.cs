using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelBot.Discord.Rest;
using ModelBot.Discord.Tests.Support;

namespace ModelBot.Discord.Tests.Robustness;

/// <summary>
/// The Discord faults an operator's logs record (a follow-up rate-limited then refused, a handler that crashes, a
/// REST call that never answers, a refused bot token): every line, with its values and exception, is searched for the
/// interaction token and the bot token the scenario used.
/// </summary>
public sealed class SecretsInLogsTests
{
    private const string InteractionToken = "aW50ZXJhY3Rpb24tdG9rZW4";

    [Fact]
    public async Task Faults_OnTheInteractionPath_LogNeitherTheInteractionTokenNorTheBotToken()
    {
        var logs = new LogSink();
        await using var host = await InteractionsHost.StartAsync(deferAfterMilliseconds: 50, services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            services.Configure<LoggerFilterOptions>(options => options.MinLevel = LogLevel.Trace);
        });
        host.Api.Enqueue(FakeResponse.RateLimited(0.05), FakeResponse.Json("""{"message":"401: Unauthorized","code":0}""", 401));

        // Deferred, then the PATCH of @original is rate-limited and refused.
        host.Handler.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (await host.PostSignedAsync(InteractionPayloads.Command("compare", ("model1", "muse-spark"), ("model2", "gpt-5.4"))))
        {
        }
        host.Handler.Gate.SetResult();
        await host.Api.WaitForRequestsAsync(2);
        await host.FollowUpsIdleAsync();
        // The handler crashes.
        host.Handler.Answer = _ => throw new InvalidOperationException("handler crashed");
        using (await host.PostSignedAsync(InteractionPayloads.Command("benchmark", ("benchmark", "arc-agi-2"))))
        {
        }
        await host.FollowUpsIdleAsync();

        logs.FullLines.Count.ShouldBeGreaterThan(3);
        logs.FullLines.ShouldContain(line => line.StartsWith("5112 ", StringComparison.Ordinal), "the refused edit of @original is logged");
        logs.FullLines.ShouldContain(line => line.StartsWith("7001 ", StringComparison.Ordinal), "the crash is logged");
        logs.FirstLineHolding(InteractionToken, RestHarness.BotToken).ShouldBeNull();
    }

    [Fact]
    public async Task Faults_OnRestCalls_LogNeitherTheInteractionTokenNorTheBotToken()
    {
        var logs = new LogSink();
        await using var rest = await RestHarness.StartAsync(httpTimeout: TimeSpan.FromSeconds(2), logs: logs);
        rest.Api.Enqueue(FakeResponse.Hanging(), FakeResponse.Json("""{"message":"401: Unauthorized","code":0}""", 401));

        await rest.Client.SendAsync(new DiscordRestRequest
        {
            Method = HttpMethod.Post,
            Path = $"/interactions/1180000000000000001/{InteractionToken}/callback",
            JsonBody = Encoding.UTF8.GetBytes("""{"type":5}"""),
            UseBotToken = false,
        }, TestContext.Current.CancellationToken);
        await rest.Client.SendAsync(new DiscordRestRequest { Method = HttpMethod.Get, Path = "/gateway/bot", Route = "GET /gateway/bot" }, TestContext.Current.CancellationToken);

        logs.FullLines.ShouldContain(line => line.StartsWith("5102 ", StringComparison.Ordinal), "the timeout is logged");
        logs.FullLines.ShouldContain(line => line.StartsWith("5103 ", StringComparison.Ordinal), "the 401 is logged");
        logs.FirstLineHolding(InteractionToken, RestHarness.BotToken).ShouldBeNull();
    }
}
