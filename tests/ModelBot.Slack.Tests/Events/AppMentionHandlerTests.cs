using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModelBot.Slack.Events;
using ModelBot.Slack.Tests.Support;

namespace ModelBot.Slack.Tests.Events;

public class AppMentionHandlerTests : SlackHttpAppTests
{
    private Task HandleAsync(string body) =>
        AppHost.App.Services.GetRequiredService<AppMentionHandler>().HandleAsync(JsonSerializer.Deserialize(body, EventsJsonContext.Default.EventCallback)!, ModelBot.Commands.Delivery.TransportNames.SlackHttp, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Handle_MessageFromABot_Ignored()
    {
        await HandleAsync(EventBodies.AppMention("Ev1", "<@UBOT> arc-agi-2", user: "U999", botId: "B999"));
        FakeSlack.History("chat.postMessage").ShouldBeEmpty();
        AppHost.Handler.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Handle_MessageFromModelBotItself_Ignored()
    {
        await HandleAsync(EventBodies.AppMention("Ev1", "<@UBOT> arc-agi-2", user: FakeSlackServer.BotUserId));
        FakeSlack.History("auth.test").Count.ShouldBe(1);
        FakeSlack.History("chat.postMessage").ShouldBeEmpty();
        AppHost.Handler.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Handle_MentionInAThread_AnswersInThatThread()
    {
        await HandleAsync(EventBodies.AppMention("Ev1", "<@UBOT> arc-agi-2", threadTs: "1515449000.000001"));
        using var json = JsonDocument.Parse(FakeSlack.History("chat.postMessage").ShouldHaveSingleItem().Body);
        json.RootElement.GetProperty("thread_ts").GetString().ShouldBe("1515449000.000001");
        json.RootElement.GetProperty("blocks").GetArrayLength().ShouldBeGreaterThan(1);
        json.RootElement.TryGetProperty("response_type", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Handle_UnanswerableMention_RepliesEphemerallyToTheAsker()
    {
        await HandleAsync(EventBodies.AppMention("Ev1", "<@UBOT|modelbot> what is the weather?"));
        FakeSlack.History("chat.postMessage").ShouldBeEmpty();
        using var json = JsonDocument.Parse(FakeSlack.History("chat.postEphemeral").ShouldHaveSingleItem().Body);
        json.RootElement.GetProperty("user").GetString().ShouldBe("U061F7AUR");
        json.RootElement.GetProperty("thread_ts").GetString().ShouldBe("1515449522.000016");
        AppHost.Handler.Requests.ShouldHaveSingleItem().Text.ShouldBe("what is the weather?");
    }

    [Fact]
    public async Task Handle_BareMention_AsksForHelp()
    {
        await HandleAsync(EventBodies.AppMention("Ev1", "<@UBOT>"));
        AppHost.Handler.Requests.ShouldHaveSingleItem().Command.ShouldBe("help");
    }

    [Theory]
    [InlineData("<@UBOT> @everyone muse spark vs gpt-5.4", "@everyone muse spark vs gpt-5.4")]
    [InlineData("<@UBOT> <!everyone> muse spark vs gpt-5.4", "muse spark vs gpt-5.4")]
    [InlineData("<!here> <@UBOT|modelbot> @muse-spark on arc-agi-2", "@muse-spark on arc-agi-2")]
    public async Task Handle_TextStartingWithAt_IsPassedOnAsTheRequest(string text, string request)
    {
        await HandleAsync(EventBodies.AppMention("Ev1", text));
        AppHost.Handler.Requests.ShouldHaveSingleItem().Text.ShouldBe(request);
    }
}
