using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModelBot.Slack.SocketMode;
using ModelBot.Slack.Tests.Support;
using ModelBot.Tests.Network;

namespace ModelBot.Slack.Tests.SocketMode;

/// <summary>Socket Mode against a Slack that hangs, refuses or goes quiet; each test starts its own host.</summary>
public sealed class SocketModeFaultTests
{
    [Fact]
    public async Task ConnectionsOpenNeverAnswers_ClientKeepsRunningAndConnectsAfterBackoff()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        slack.Script("apps.connections.open", ScriptedResponse.Hanging());
        await using var host = await SlackAppHost.StartAsync(SlackAppHost.SocketSettings(slack), SlackAppHost.HttpTimeout(TimeSpan.FromMilliseconds(300)));
        var stopping = host.App.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

        // Today the timeout's TaskCanceledException ended the Socket Mode service, and with it the host.
        var session = await host.AdvanceUntilAsync(slack.NextSocketAsync(TestTimeout.Token()).AsTask());

        session.Number.ShouldBe(1);
        slack.History("apps.connections.open").Count.ShouldBe(2);
        stopping.IsCancellationRequested.ShouldBeFalse();
    }

    [Fact]
    public async Task EventsApiEnvelope_QueueFull_NotAcknowledgedSoSlackRedeliversIt()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        var settings = SlackAppHost.SocketSettings(slack);
        settings["Slack:EventQueueCapacity"] = "1";
        var logs = new LogSink();
        await using var host = await SlackAppHost.StartAsync(settings, services => services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs));
        var session = await slack.NextSocketAsync(TestTimeout.Token());
        await session.HelloAsync();
        host.Handler.Hold();

        // Four workers busy with four held answers, a fifth event waiting in the queue of one: the sixth finds it full.
        for (var i = 1; i <= 4; i++)
        {
            await session.SendAsync(SocketEnvelopes.EventsApi($"env-{i}", EventBodies.AppMention($"Ev{i}", "<@UBOT> arc-agi-2")));
            await WaitUntilAsync(() => host.Handler.Requests.Count == i);
        }
        await session.SendAsync(SocketEnvelopes.EventsApi("env-5", EventBodies.AppMention("Ev5", "<@UBOT> arc-agi-2")));
        (await AcksUntilAsync(session, "env-5")).ShouldBe(["env-1", "env-2", "env-3", "env-4"], ignoreOrder: true);
        await session.SendAsync(SocketEnvelopes.EventsApi("env-6", EventBodies.AppMention("Ev6", "<@UBOT> arc-agi-2")));
        await logs.WaitForAsync(6020).WaitAsync(TestTimeout.Token());
        // An envelope acknowledged at once: every ack sent before it (env-6's, today) arrives before its ack.
        await session.SendAsync(SocketEnvelopes.Interactive("env-marker", """{"type":"view_submission"}"""));

        var acks = await AcksUntilAsync(session, "env-marker");
        acks.ShouldBeEmpty("env-6 was acknowledged, then dropped by the full queue");

        host.Handler.Release();
        await WaitUntilAsync(() => host.Handler.Requests.Count == 5);
        await session.SendAsync(SocketEnvelopes.EventsApi("env-6", EventBodies.AppMention("Ev6", "<@UBOT> arc-agi-2"), retryAttempt: 1));
        (await AcksUntilAsync(session, "env-6")).ShouldBe([]);
        await WaitUntilAsync(() => host.Handler.Requests.Count == 6);
    }

    [Theory]
    [InlineData("invalid_auth")]
    [InlineData("token_revoked")]
    public async Task ConnectionsOpenRefusesTheToken_StopsWithoutRetrying(string error)
    {
        await using var slack = await FakeSlackServer.StartAsync();
        slack.Script("apps.connections.open", new ScriptedResponse(200, $$"""{"ok":false,"error":"{{error}}"}"""));
        await using var host = await SlackAppHost.StartAsync(SlackAppHost.SocketSettings(slack));
        var client = host.App.Services.GetRequiredService<SocketModeClient>();

        // Today: retried with backoff forever, every attempt another refused request.
        await host.AdvanceUntilAsync(client.ExecuteTask!.ContinueWith(_ => true, TaskScheduler.Default), maxSeconds: 120);
        host.Time.Advance(TimeSpan.FromMinutes(10));

        slack.History("apps.connections.open").Count.ShouldBe(1);
        (await client.Stopped).ShouldBe(ConnectionEnd.AuthFailed);
    }

    [Fact]
    public async Task TooManyWebsockets_ClosesTheSocketAndReconnectsOnlyAfterABackoff()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        await using var host = await SlackAppHost.StartAsync(SlackAppHost.SocketSettings(slack));
        var first = await slack.NextSocketAsync(TestTimeout.Token());
        await first.HelloAsync();

        await first.DisconnectAsync("too_many_websockets");
        // Today a new connection was opened at once (and the old one kept until its hello).
        await first.Done.WaitAsync(TestTimeout.Token());
        slack.History("apps.connections.open").Count.ShouldBe(1);

        var second = await host.AdvanceUntilAsync(slack.NextSocketAsync(TestTimeout.Token()).AsTask());
        second.Number.ShouldBe(2);
    }

    [Fact]
    public async Task HandshakeNeverAnswered_AbandonedAfterTheTimeoutThenConnects()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        await using var peer = SilentPeer.HangingHandshake();
        slack.Script("apps.connections.open", new ScriptedResponse(200, $$"""{"ok":true,"url":"{{peer.Url}}"}"""));
        await using var host = await SlackAppHost.StartAsync(SlackAppHost.SocketSettings(slack));

        // Today the client waited for the handshake forever.
        var session = await host.AdvanceUntilAsync(slack.NextSocketAsync(TestTimeout.Token()).AsTask());

        peer.Accepted.ShouldBe(1);
        session.Number.ShouldBe(1);
        slack.History("apps.connections.open").Count.ShouldBe(2);
    }

    [Fact]
    public async Task SocketThatStopsAnsweringPings_IsReplaced()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        await using var peer = SilentPeer.SilentAfter("""{"type":"hello","num_connections":1}""");
        slack.Script("apps.connections.open", new ScriptedResponse(200, $$"""{"ok":true,"url":"{{peer.Url}}"}"""));
        var settings = SlackAppHost.SocketSettings(slack);
        settings["Slack:SocketMode:PingInterval"] = "00:00:00.200";
        await using var host = await SlackAppHost.StartAsync(settings);

        // The silent peer said hello, then stopped answering: its unanswered ping drops it and a new socket is opened.
        var session = await slack.NextSocketAsync(TestTimeout.Token());

        peer.Accepted.ShouldBe(1);
        session.Number.ShouldBe(1);
    }

    private static async Task<List<string>> AcksUntilAsync(FakeSocketSession session, string last)
    {
        var acks = new List<string>();
        while (true)
        {
            var text = await session.ReceiveAsync(TestTimeout.Token());
            text.ShouldNotBeNull("the socket closed before the ack of " + last);
            using var json = System.Text.Json.JsonDocument.Parse(text);
            var id = json.RootElement.GetProperty("envelope_id").GetString()!;
            if (id == last)
            {
                return acks;
            }
            acks.Add(id);
        }
    }

    /// <summary>Polls a condition the code under test makes true (bounded: a bug fails instead of hanging).</summary>
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var token = TestTimeout.Token();
        while (!condition())
        {
            await Task.Delay(10, token);
        }
    }
}
