using System.Net;
using System.Text.Json;
using ModelBot.Slack.Tests.Support;

namespace ModelBot.Slack.Tests.Events;

public class EventsEndpointTests : SlackHttpAppTests
{
    [Fact]
    public async Task Post_UrlVerification_EchoesChallenge()
    {
        using var request = Signing.Json("/slack/events", """{"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""", AppHost.Time.GetUtcNow());
        using var response = await AppHost.Client.SendAsync(request, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        json.RootElement.GetProperty("challenge").GetString().ShouldBe("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    [Fact]
    public async Task Post_EventRetriedBySlack_AnsweredOnceInTheThread()
    {
        var body = EventBodies.AppMention("Ev0PV52K21", "<@UBOT> which model leads arc-agi-2?");
        using (var first = Signing.Json("/slack/events", body, AppHost.Time.GetUtcNow()))
        using (var response = await AppHost.Client.SendAsync(first, TestContext.Current.CancellationToken))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        using (var retry = Signing.Json("/slack/events", body, AppHost.Time.GetUtcNow()))
        {
            retry.Headers.Add("X-Slack-Retry-Num", "1");
            retry.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
            using var response = await AppHost.Client.SendAsync(retry, TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var claims = new[] { await AppHost.Deduplicator.NextClaimAsync(TestTimeout.Token()), await AppHost.Deduplicator.NextClaimAsync(TestTimeout.Token()) };
        claims.Count(claim => claim.Claimed).ShouldBe(1);
        var posted = await FakeSlack.NextCallAsync("chat.postMessage", TestTimeout.Token());
        FakeSlack.History("chat.postMessage").Count.ShouldBe(1);

        using var json = JsonDocument.Parse(posted.Body);
        json.RootElement.GetProperty("channel").GetString().ShouldBe("C123ABC456");
        json.RootElement.GetProperty("thread_ts").GetString().ShouldBe("1515449522.000016");
        posted.Authorization.ShouldBe("Bearer xoxb-test-token");
        var request = AppHost.Handler.Requests.ShouldHaveSingleItem();
        request.Text.ShouldBe("which model leads arc-agi-2?");
        request.Command.ShouldBeNull();
    }

    [Fact]
    public async Task Post_EventCallback_AcknowledgedBeforeTheAnswerIsReady()
    {
        AppHost.Handler.Hold();
        using var request = Signing.Json("/slack/events", EventBodies.AppMention("Ev1", "<@UBOT> arc-agi-2"), AppHost.Time.GetUtcNow());
        using var response = await AppHost.Client.SendAsync(request, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        FakeSlack.History("chat.postMessage").ShouldBeEmpty();
        AppHost.Handler.Release();
        await FakeSlack.NextCallAsync("chat.postMessage", TestTimeout.Token());
    }

    [Fact]
    public async Task Post_NotJson_Answers400()
    {
        using var request = Signing.Json("/slack/events", "not json", AppHost.Time.GetUtcNow());
        using var response = await AppHost.Client.SendAsync(request, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
