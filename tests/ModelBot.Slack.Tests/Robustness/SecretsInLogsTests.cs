using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using ModelBot.Slack.SocketMode;
using ModelBot.Slack.Tests.Support;

namespace ModelBot.Slack.Tests.Robustness;

/// <summary>
/// The Slack faults an operator's logs record (a refused app-level token, Redis down with a password, a response_url
/// that fails, chat.postMessage rate-limited to the end, a handler that crashes): every line, with its values and
/// exception, is searched for the tokens, the signing secret, the Redis password and the response_url used.
/// </summary>
public sealed class SecretsInLogsTests
{
    private const string RedisPassword = "redis-pw-5f3c9a";

    [Fact]
    public async Task Faults_OnEveryPath_LogNoTokenSecretPasswordOrResponseUrl()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        slack.Script("apps.connections.open", new ScriptedResponse(200, """{"ok":false,"error":"invalid_auth"}"""));
        slack.Script("response/secret-hook-7d1e", new ScriptedResponse(500, "oops"));
        for (var i = 0; i < 5; i++)
        {
            slack.Script("chat.postMessage", new ScriptedResponse(429, """{"ok":false,"error":"ratelimited"}""", RetryAfter: "1"));
        }
        var logs = new LogSink();
        var settings = SlackAppHost.SocketSettings(slack);
        settings["Redis:Configuration"] = $"127.0.0.1:{ClosedPort()},password={RedisPassword},connectTimeout=300";
        await using var host = await SlackAppHost.StartAsync(settings, services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            services.Configure<LoggerFilterOptions>(options => options.MinLevel = LogLevel.Trace);
            // The real de-duplicator for Redis:Configuration, whose outage is logged.
            services.RemoveAll<ModelBot.Slack.Events.IEventDeduplicator>();
        });
        var socket = host.App.Services.GetRequiredService<SocketModeClient>();
        await host.AdvanceUntilAsync(socket.Stopped);

        // A deferred slash command whose response_url fails.
        host.Handler.Hold();
        using (var request = Signing.Form("/slack/commands", SlashCommandForms.Body("/compare", "muse-spark gpt-5.4", slack.ResponseUrl("secret-hook-7d1e")), host.Time.GetUtcNow()))
        using (await host.AdvanceUntilAsync(host.Client.SendAsync(request, TestContext.Current.CancellationToken)))
        {
        }
        host.Handler.Release();
        await slack.NextCallAsync("response/secret-hook-7d1e", TestTimeout.Token());
        // An @mention whose reply is rate-limited until ModelBot gives up; Redis is down for its de-duplication.
        using (var mention = Signing.Json("/slack/events", EventBodies.AppMention("EvSecrets", "<@UBOT> arc-agi-2"), host.Time.GetUtcNow()))
        using (var response = await host.Client.SendAsync(mention, TestContext.Current.CancellationToken))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        await host.AdvanceUntilAsync(slack.NextCallAsync("chat.postMessage", TestTimeout.Token()).AsTask());
        await host.AdvanceUntilAsync(host.Background.WhenIdleAsync(TestTimeout.Token()).ContinueWith(_ => true, TaskScheduler.Default));
        await host.AdvanceUntilAsync(WaitForAsync(logs, 6023));

        logs.FullLines.ShouldContain(line => line.StartsWith("6039 ", StringComparison.Ordinal), "the refused app token is logged");
        logs.FullLines.ShouldContain(line => line.StartsWith("6011 ", StringComparison.Ordinal), "the failed response_url post is logged");
        logs.FullLines.ShouldContain(line => line.StartsWith("6025 ", StringComparison.Ordinal), "the Redis outage is logged");
        logs.FirstLineHolding("xoxb-test-token", "xapp-test-token", Signing.Secret, RedisPassword, "secret-hook-7d1e").ShouldBeNull();
    }

    private static async Task<bool> WaitForAsync(LogSink logs, int eventId)
    {
        await logs.WaitForAsync(eventId);
        return true;
    }

    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
