using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModelBot.Slack.Payloads;
using ModelBot.Slack.Tests.Support;
using ModelBot.Slack.WebApi;

namespace ModelBot.Slack.Tests.WebApi;

public class SlackApiClientTests : IAsyncLifetime
{
    private FakeSlackServer _slack = null!;
    private SlackAppHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        var settings = SlackAppHost.HttpSettings(_slack);
        settings["Slack:AppToken"] = "xapp-test-token";
        _host = await SlackAppHost.StartAsync(settings);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private SlackApiClient Client => _host.App.Services.GetRequiredService<SlackApiClient>();

    private static ChatPostMessageRequest Message => new()
    {
        Channel = "C1",
        Text = "fallback",
        Blocks = [new SectionBlock { Text = TextObject.Mrkdwn("*hi*") }],
        ThreadTs = "1.2",
    };

    [Fact]
    public async Task PostMessage_Ok_SendsBearerBotTokenAndJson()
    {
        var result = await Client.PostMessageAsync(Message, TestContext.Current.CancellationToken);
        result.IsOk.ShouldBeTrue();
        result.Value!.Ts.ShouldBe("1700000000.000200");
        var call = _slack.History("chat.postMessage").ShouldHaveSingleItem();
        call.Authorization.ShouldBe("Bearer xoxb-test-token");
        using var json = JsonDocument.Parse(call.Body);
        json.RootElement.GetProperty("channel").GetString().ShouldBe("C1");
        json.RootElement.GetProperty("thread_ts").GetString().ShouldBe("1.2");
        json.RootElement.GetProperty("blocks")[0].GetProperty("type").GetString().ShouldBe("section");
    }

    [Fact]
    public async Task PostMessage_OkFalse_ReturnsSlacksErrorCode()
    {
        _slack.Script("chat.postMessage", new ScriptedResponse(200, """{"ok":false,"error":"channel_not_found"}"""));
        var result = await Client.PostMessageAsync(Message, TestContext.Current.CancellationToken);
        result.IsOk.ShouldBeFalse();
        result.Error!.ShouldBe(new SlackApiError("channel_not_found", "chat.postMessage", 200));
    }

    [Fact]
    public async Task PostMessage_RateLimited_WaitsRetryAfterThenSucceeds()
    {
        _slack.Script("chat.postMessage", new ScriptedResponse(429, """{"ok":false,"error":"ratelimited"}""", RetryAfter: "3"));
        var started = _host.Time.GetUtcNow();
        var result = await _host.AdvanceUntilAsync(Client.PostMessageAsync(Message, TestContext.Current.CancellationToken));
        result.IsOk.ShouldBeTrue();
        _slack.History("chat.postMessage").Count.ShouldBe(2);
        (_host.Time.GetUtcNow() - started).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task PostMessage_RetryAfterLongerThanAllowed_FailsRatelimitedWithoutWaiting()
    {
        _slack.Script("chat.postMessage", new ScriptedResponse(429, "", RetryAfter: "120"));
        var result = await Client.PostMessageAsync(Message, TestContext.Current.CancellationToken);
        result.Error!.Code.ShouldBe(SlackApiErrorCodes.RateLimited);
        result.Error.HttpStatus.ShouldBe(429);
        _slack.History("chat.postMessage").Count.ShouldBe(1);
    }

    [Fact]
    public async Task PostMessage_RateLimitedEveryTime_GivesUpAfterTheRetryLimit()
    {
        for (var i = 0; i < 10; i++)
        {
            _slack.Script("chat.postMessage", new ScriptedResponse(429, "", RetryAfter: "1"));
        }
        var result = await _host.AdvanceUntilAsync(Client.PostMessageAsync(Message, TestContext.Current.CancellationToken));
        result.Error!.Code.ShouldBe(SlackApiErrorCodes.RateLimited);
        _slack.History("chat.postMessage").Count.ShouldBe(4);
    }

    [Fact]
    public async Task PostMessage_ServerErrorWithoutJson_ReturnsHttpCode()
    {
        _slack.Script("chat.postMessage", new ScriptedResponse(500, "oops"));
        var result = await Client.PostMessageAsync(Message, TestContext.Current.CancellationToken);
        result.Error!.Code.ShouldBe("http_500");
    }

    [Fact]
    public async Task PostEphemeral_Ok_SendsTheUser()
    {
        var result = await Client.PostEphemeralAsync(new ChatPostEphemeralRequest { Channel = "C1", User = "U1", Text = "only you" }, TestContext.Current.CancellationToken);
        result.IsOk.ShouldBeTrue();
        using var json = JsonDocument.Parse(_slack.History("chat.postEphemeral").ShouldHaveSingleItem().Body);
        json.RootElement.GetProperty("user").GetString().ShouldBe("U1");
    }

    [Fact]
    public async Task AuthTest_Ok_ReturnsTheBotUserId()
    {
        var result = await Client.AuthTestAsync(TestContext.Current.CancellationToken);
        result.Value!.UserId.ShouldBe(FakeSlackServer.BotUserId);
    }

    [Fact]
    public async Task OpenConnection_Ok_UsesTheAppToken()
    {
        var result = await Client.OpenConnectionAsync(TestContext.Current.CancellationToken);
        result.Value!.Url.ShouldStartWith("ws://127.0.0.1:");
        _slack.History("apps.connections.open").ShouldHaveSingleItem().Authorization.ShouldBe("Bearer xapp-test-token");
    }

    [Fact]
    public async Task PostToResponseUrl_OkFalse_ReturnsTheError()
    {
        _slack.Script("response/r1", new ScriptedResponse(404, """{"ok":false,"error":"expired_url"}"""));
        var result = await Client.PostToResponseUrlAsync(new Uri(_slack.ResponseUrl("r1")), new SlackMessage { Text = "x" }, TestContext.Current.CancellationToken);
        result.Error!.Code.ShouldBe("expired_url");
        result.Error.Method.ShouldBe(SlackApiMethods.ResponseUrl);
    }
}
