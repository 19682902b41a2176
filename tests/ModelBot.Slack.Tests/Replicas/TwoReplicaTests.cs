using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using ModelBot.Slack.Events;
using ModelBot.Slack.Tests.Support;
using ModelBot.Tests.Redis;

namespace ModelBot.Slack.Tests.Replicas;

/// <summary>
/// Two replicas (two hosts with their own service providers, as two processes would have) behind one Slack app,
/// sharing one real redis-server: a retry Slack delivers to the other replica is answered once; with Redis killed both
/// keep answering.
/// </summary>
public sealed class TwoReplicaTests(RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    private FakeSlackServer _slack = null!;

    public async ValueTask InitializeAsync() => _slack = await FakeSlackServer.StartAsync();

    public async ValueTask DisposeAsync() => await _slack.DisposeAsync();

    private async Task<(SlackAppHost Host, LogSink Logs)> ReplicaAsync()
    {
        var settings = SlackAppHost.HttpSettings(_slack);
        settings["Redis:Configuration"] = redis.Configuration;
        var logs = new LogSink();
        var host = await SlackAppHost.StartAsync(settings, services =>
        {
            // The real de-duplicator the adapter registers for Redis:Configuration, not the recording one.
            services.RemoveAll<IEventDeduplicator>();
            services.AddSingleton<ILoggerProvider>(logs);
        });
        return (host, logs);
    }

    private static async Task PostAsync(SlackAppHost host, string eventId, string? retryNum = null)
    {
        using var request = Signing.Json("/slack/events", EventBodies.AppMention(eventId, "<@UBOT> which model leads arc-agi-2?"), host.Time.GetUtcNow());
        if (retryNum is not null)
        {
            request.Headers.Add("X-Slack-Retry-Num", retryNum);
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }
        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Event_RetryDeliveredToTheOtherReplica_AnsweredExactlyOnce()
    {
        await redis.RequireAsync();
        var (a, _) = await ReplicaAsync();
        var (b, _) = await ReplicaAsync();
        await using var replicaA = a;
        await using var replicaB = b;
        var eventId = "Ev" + Guid.NewGuid().ToString("N");

        await PostAsync(replicaA, eventId);
        await PostAsync(replicaB, eventId, retryNum: "1");
        await replicaA.Background.WhenIdleAsync(TestTimeout.Token());
        await _slack.NextCallAsync("chat.postMessage", TestTimeout.Token());
        await WaitUntilQueuesDrainedAsync(replicaA, replicaB);

        _slack.History("chat.postMessage").Count.ShouldBe(1);
        (replicaA.Handler.Requests.Count + replicaB.Handler.Requests.Count).ShouldBe(1);
    }

    [Fact]
    public async Task Event_RedisKilledMidRun_BothReplicasKeepAnsweringAndEachLogsTheOutageOnce()
    {
        await redis.RequireAsync();
        var (a, logsA) = await ReplicaAsync();
        var (b, logsB) = await ReplicaAsync();
        await using var replicaA = a;
        await using var replicaB = b;
        await PostAsync(replicaA, "Ev" + Guid.NewGuid().ToString("N"));
        await _slack.NextCallAsync("chat.postMessage", TestTimeout.Token());

        redis.Kill();
        for (var i = 0; i < 3; i++)
        {
            await PostAsync(replicaA, "Ev" + Guid.NewGuid().ToString("N"));
            await PostAsync(replicaB, "Ev" + Guid.NewGuid().ToString("N"));
        }
        for (var i = 0; i < 6; i++)
        {
            await _slack.NextCallAsync("chat.postMessage", TestTimeout.Token());
        }
        await redis.StartAgainAsync();

        _slack.History("chat.postMessage").Count.ShouldBe(7);
        logsA.Entries.Count(e => e.EventId == 6025).ShouldBe(1);
        logsB.Entries.Count(e => e.EventId == 6025).ShouldBe(1);
    }

    /// <summary>The de-duplicated retry produces no call; give both replicas' event workers the time to prove it.</summary>
    private static async Task WaitUntilQueuesDrainedAsync(params SlackAppHost[] hosts)
    {
        foreach (var host in hosts)
        {
            var queue = host.App.Services.GetRequiredService<SlackEventQueue>();
            for (var i = 0; i < 200 && queue.Reader.Count > 0; i++)
            {
                await Task.Delay(10, TestContext.Current.CancellationToken);
            }
            await host.Background.WhenIdleAsync(TestTimeout.Token());
        }
        await Task.Delay(200, TestContext.Current.CancellationToken);
    }
}
