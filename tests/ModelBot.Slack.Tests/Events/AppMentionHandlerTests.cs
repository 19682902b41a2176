using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModelBot.Slack.Events;
using ModelBot.Slack.Tests.Support;

namespace ModelBot.Slack.Tests.Events;

public class AppMentionHandlerTests : IAsyncLifetime
{
    private FakeSlackServer _slack = null!;
    private SlackAppHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _host = await SlackAppHost.StartAsync(SlackAppHost.HttpSettings(_slack));
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private Task HandleAsync(string body) =>
        _host.App.Services.GetRequiredService<AppMentionHandler>().HandleAsync(JsonSerializer.Deserialize(body, EventsJsonContext.Default.EventCallback)!, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Handle_MessageFromABot_Ignored()
    {
        await HandleAsync(EventBodies.AppMention("Ev1", "<@UBOT> arc-agi-2", user: "U999", botId: "B999"));
        _slack.History("chat.postMessage").ShouldBeEmpty();
        _host.Handler.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Handle_MessageFromModelBotItself_Ignored()
    {
        await HandleAsync(EventBodies.AppMention("Ev1", "<@UBOT> arc-agi-2", user: FakeSlackServer.BotUserId));
        _slack.History("auth.test").Count.ShouldBe(1);
        _slack.History("chat.postMessage").ShouldBeEmpty();
        _host.Handler.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Handle_MentionInAThread_AnswersInThatThread()
    {
        await HandleAsync(EventBodies.AppMention("Ev1", "<@UBOT> arc-agi-2", threadTs: "1515449000.000001"));
        using var json = JsonDocument.Parse(_slack.History("chat.postMessage").ShouldHaveSingleItem().Body);
        json.RootElement.GetProperty("thread_ts").GetString().ShouldBe("1515449000.000001");
        json.RootElement.GetProperty("blocks").GetArrayLength().ShouldBeGreaterThan(1);
        json.RootElement.TryGetProperty("response_type", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Handle_UnanswerableMention_RepliesEphemerallyToTheAsker()
    {
        await HandleAsync(EventBodies.AppMention("Ev1", "<@UBOT|modelbot> what is the weather?"));
        _slack.History("chat.postMessage").ShouldBeEmpty();
        using var json = JsonDocument.Parse(_slack.History("chat.postEphemeral").ShouldHaveSingleItem().Body);
        json.RootElement.GetProperty("user").GetString().ShouldBe("U061F7AUR");
        json.RootElement.GetProperty("thread_ts").GetString().ShouldBe("1515449522.000016");
        _host.Handler.Requests.ShouldHaveSingleItem().Text.ShouldBe("what is the weather?");
    }

    [Fact]
    public async Task Handle_BareMention_AsksForHelp()
    {
        await HandleAsync(EventBodies.AppMention("Ev1", "<@UBOT>"));
        _host.Handler.Requests.ShouldHaveSingleItem().Command.ShouldBe("help");
    }
}
