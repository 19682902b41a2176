using System.Net;
using ModelBot.Slack.Security;
using ModelBot.Slack.Tests.Support;

namespace ModelBot.Slack.Tests.Security;

public class SlackRequestGateTests : SlackHttpAppTests
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "/slack/commands", "command=%2Fhelp&text=&response_url=http%3A%2F%2F127.0.0.1%2Fx" },
        { "/slack/events", """{"type":"url_verification","challenge":"abc"}""" },
        { "/slack/interactivity", "payload=%7B%7D" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Post_MissingHeaders_Answers401(string path, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body) };
        using var response = await AppHost.Client.SendAsync(request, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        AppHost.Handler.Requests.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Post_TamperedBody_Answers401(string path, string body)
    {
        using var request = Signing.Json(path, body, AppHost.Time.GetUtcNow());
        var tampered = await request.Content!.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        tampered[^1] ^= 1;
        var headers = request.Content.Headers.ContentType;
        request.Content = new ByteArrayContent(tampered);
        request.Content.Headers.ContentType = headers;
        using var response = await AppHost.Client.SendAsync(request, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Post_TamperedTimestamp_Answers401(string path, string body)
    {
        using var request = Signing.Json(path, body, AppHost.Time.GetUtcNow());
        request.Headers.Remove(SlackSignature.TimestampHeader);
        request.Headers.Add(SlackSignature.TimestampHeader, Signing.Timestamp(AppHost.Time.GetUtcNow().AddSeconds(-1)));
        using var response = await AppHost.Client.SendAsync(request, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Post_StaleTimestamp_Answers401(string path, string body)
    {
        using var request = Signing.Json(path, body, AppHost.Time.GetUtcNow().AddMinutes(-6));
        using var response = await AppHost.Client.SendAsync(request, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_WrongSecret_Answers401()
    {
        using var request = Signing.Request("/slack/commands", "command=%2Fhelp", "application/x-www-form-urlencoded", AppHost.Time.GetUtcNow(), secret: "not-the-secret");
        using var response = await AppHost.Client.SendAsync(request, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
