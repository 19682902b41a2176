using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModelBot.Slack.Interactivity;
using ModelBot.Slack.SocketMode;
using ModelBot.Slack.Tests.Support;

namespace ModelBot.Slack.Tests.SocketMode;

public class SocketModeClientTests : IAsyncLifetime
{
    private FakeSlackServer _slack = null!;
    private SlackAppHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _host = await SlackAppHost.StartAsync(SlackAppHost.SocketSettings(_slack));
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private SocketModeClient Client => _host.App.Services.GetRequiredService<SocketModeClient>();

    private async Task<FakeSocketSession> ConnectedAsync()
    {
        var session = await _slack.NextSocketAsync(TestTimeout.Token());
        await session.HelloAsync();
        return session;
    }

    private static async Task<JsonDocument> AckAsync(FakeSocketSession session)
    {
        var text = await session.ReceiveAsync(TestTimeout.Token());
        text.ShouldNotBeNull("the socket closed before the ack");
        return JsonDocument.Parse(text);
    }

    [Fact]
    public async Task Start_OpensAConnectionWithTheAppToken()
    {
        await ConnectedAsync();
        _slack.History("apps.connections.open").ShouldHaveSingleItem().Authorization.ShouldBe("Bearer xapp-test-token");
    }

    [Fact]
    public async Task EventsApiEnvelope_AckedThenAnsweredInTheThread()
    {
        var session = await ConnectedAsync();
        await session.SendAsync(SocketEnvelopes.EventsApi("env-1", EventBodies.AppMention("Ev1", "<@UBOT> arc-agi-2")));

        using var ack = await AckAsync(session);
        ack.RootElement.GetProperty("envelope_id").GetString().ShouldBe("env-1");
        ack.RootElement.TryGetProperty("payload", out _).ShouldBeFalse();
        var posted = await _slack.NextCallAsync("chat.postMessage", TestTimeout.Token());
        using var json = JsonDocument.Parse(posted.Body);
        json.RootElement.GetProperty("thread_ts").GetString().ShouldBe("1515449522.000016");
    }

    [Fact]
    public async Task SlashCommandsEnvelope_ReplyRidesOnTheAck()
    {
        var session = await ConnectedAsync();
        await session.SendAsync(SocketEnvelopes.SlashCommand("env-2", "/compare", "muse-spark gpt-5.4", _slack.ResponseUrl("socket")));

        using var ack = await AckAsync(session);
        ack.RootElement.GetProperty("envelope_id").GetString().ShouldBe("env-2");
        var payload = ack.RootElement.GetProperty("payload");
        payload.GetProperty("response_type").GetString().ShouldBe("in_channel");
        payload.GetProperty("blocks").GetArrayLength().ShouldBeGreaterThan(1);
        _host.Handler.Requests.ShouldHaveSingleItem().Command.ShouldBe("compare");
    }

    [Fact]
    public async Task InteractiveEnvelope_AckedThenAnsweredOnResponseUrl()
    {
        var session = await ConnectedAsync();
        var value = ButtonValue.Encode(new ButtonState("compare", "muse-spark gpt-5.4", 0))!;
        var payload = $$"""{"type":"block_actions","user":{"id":"U1"},"team":{"id":"T1"},"channel":{"id":"C1"},"response_url":"{{_slack.ResponseUrl("click")}}","actions":[{"action_id":"{{ActionIds.Sources}}","block_id":"modelbot_actions","value":{{JsonSerializer.Serialize(value)}},"type":"button"}]}""";
        await session.SendAsync(SocketEnvelopes.Interactive("env-3", payload));

        using var ack = await AckAsync(session);
        ack.RootElement.GetProperty("envelope_id").GetString().ShouldBe("env-3");
        var posted = await _slack.NextCallAsync("response/click", TestTimeout.Token());
        posted.Body.ShouldContain("\"response_type\":\"ephemeral\"");
    }

    [Fact]
    public async Task UnknownBinaryAndNonJsonFrames_LoggedNotFatal()
    {
        var session = await ConnectedAsync();
        await session.SendAsync("this is not json");
        await session.SendBinaryAsync([1, 2, 3]);
        await session.SendAsync("""{"type":"something_new","x":1}""");
        await session.SendAsync("""{"type":"events_api"}""");
        await session.SendAsync(SocketEnvelopes.EventsApi("env-4", EventBodies.AppMention("Ev4", "<@UBOT> arc-agi-2")));

        using var ack = await AckAsync(session);
        ack.RootElement.GetProperty("envelope_id").GetString().ShouldBe("env-4");
        _slack.History("apps.connections.open").Count.ShouldBe(1);
    }

    [Fact]
    public async Task RefreshRequested_OpensTheNewSocketBeforeClosingTheOld()
    {
        var first = await ConnectedAsync();
        await first.DisconnectAsync("refresh_requested");
        var second = await ConnectedAsync();
        await first.Done.WaitAsync(TestTimeout.Token());

        var timeline = _slack.Timeline.ToList();
        timeline.IndexOf("open 2").ShouldBeLessThan(timeline.IndexOf("closed 1"));
        await second.SendAsync(SocketEnvelopes.EventsApi("env-5", EventBodies.AppMention("Ev5", "<@UBOT> arc-agi-2")));
        using var ack = await AckAsync(second);
        ack.RootElement.GetProperty("envelope_id").GetString().ShouldBe("env-5");
    }

    [Fact]
    public async Task SocketDroppedMidEnvelope_SlackRedelivers_AnsweredOnce()
    {
        var first = await ConnectedAsync();
        var envelope = SocketEnvelopes.EventsApi("env-6", EventBodies.AppMention("Ev6", "<@UBOT> arc-agi-2"));
        await first.SendAsync(envelope);
        (await AckAsync(first)).Dispose();
        // The next envelope is cut off half-way by a dropped connection: Slack never saw the ack of env-6 either.
        await first.SendFragmentAsync(SocketEnvelopes.EventsApi("env-7", EventBodies.AppMention("Ev7", "<@UBOT> arc-agi-2"))[..40]);
        first.Drop();

        var second = await ConnectedAsync();
        await second.SendAsync(SocketEnvelopes.EventsApi("env-6", EventBodies.AppMention("Ev6", "<@UBOT> arc-agi-2"), retryAttempt: 1));
        await second.SendAsync(SocketEnvelopes.EventsApi("env-7", EventBodies.AppMention("Ev7", "<@UBOT> arc-agi-2"), retryAttempt: 1));
        (await AckAsync(second)).Dispose();
        (await AckAsync(second)).Dispose();

        var claims = new List<(string Key, bool Claimed)>();
        for (var i = 0; i < 3; i++)
        {
            claims.Add(await _host.Deduplicator.NextClaimAsync(TestTimeout.Token()));
        }
        claims.Where(c => c.Claimed).Select(c => c.Key).Order().ShouldBe(["Ev6", "Ev7"]);
        await _slack.NextCallAsync("chat.postMessage", TestTimeout.Token());
        await _slack.NextCallAsync("chat.postMessage", TestTimeout.Token());
        await _host.Background.WhenIdleAsync(TestTimeout.Token());
        _slack.History("chat.postMessage").Count.ShouldBe(2);
    }

    [Fact]
    public async Task LinkDisabled_StopsWithoutReconnecting()
    {
        var session = await ConnectedAsync();
        await session.DisconnectAsync("link_disabled");
        await Client.LinkDisabled.WaitAsync(TestTimeout.Token());
        await session.Done.WaitAsync(TestTimeout.Token());
        _slack.History("apps.connections.open").Count.ShouldBe(1);
    }

    [Fact]
    public async Task IdleSocket_IsKeptPastFiveMinutesOfSilence()
    {
        var first = await ConnectedAsync();
        await first.SendAsync(SocketEnvelopes.EventsApi("env-8", EventBodies.AppMention("Ev8", "<@UBOT> arc-agi-2")));
        (await AckAsync(first)).Dispose();

        // Slack's pings are control frames the client never sees: an idle socket is healthy, not dead.
        _host.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        _host.Time.Advance(TimeSpan.FromMinutes(5));
        await first.SendAsync(SocketEnvelopes.EventsApi("env-9", EventBodies.AppMention("Ev9", "<@UBOT> arc-agi-2")));
        using var ack = await AckAsync(first);

        ack.RootElement.GetProperty("envelope_id").GetString().ShouldBe("env-9");
        // Today the watchdog had already asked for a new connection by now.
        for (var i = 0; i < 20; i++)
        {
            _slack.History("apps.connections.open").Count.ShouldBe(1);
            await Task.Delay(25, TestTimeout.Token());
        }
        first.Done.IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task ConnectionsOpenFails_BacksOffThenConnects()
    {
        var first = await ConnectedAsync();
        _slack.Script("apps.connections.open", new ScriptedResponse(200, """{"ok":false,"error":"internal_error"}"""));
        _slack.Script("apps.connections.open", new ScriptedResponse(503, """{"ok":false,"error":"service_unavailable"}"""));
        first.Drop();

        var second = await _host.AdvanceUntilAsync(_slack.NextSocketAsync(TestTimeout.Token()).AsTask());
        second.Number.ShouldBe(2);
        _slack.History("apps.connections.open").Count.ShouldBe(4);
    }
}
