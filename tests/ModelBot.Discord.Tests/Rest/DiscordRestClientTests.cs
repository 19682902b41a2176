using System.Text;
using ModelBot.Discord.Rest;
using ModelBot.Discord.Tests.Support;

namespace ModelBot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests : IAsyncLifetime
{
    private RestHarness _rest = null!;

    public async ValueTask InitializeAsync() => _rest = await RestHarness.StartAsync();

    public async ValueTask DisposeAsync() => await _rest.DisposeAsync();

    private static DiscordRestRequest Get(string path = "/applications/1/commands") =>
        new() { Method = HttpMethod.Get, Path = path, Route = "GET /applications/{application_id}/commands", MajorParameter = "1" };

    [Fact]
    public async Task SendAsync_AnyRequest_SendsBotAuthorizationAndDiscordBotUserAgent()
    {
        await _rest.Client.SendAsync(Get(), TestContext.Current.CancellationToken);

        var request = _rest.Api.Requests.ShouldHaveSingleItem();
        request.Headers["Authorization"].ShouldBe("Bot " + RestHarness.BotToken);
        request.Headers["User-Agent"].ShouldMatch(@"^DiscordBot \(https?://[^,]+, [0-9][^)]*\)$");
    }

    [Fact]
    public async Task SendAsync_WebhookRequest_SendsNoBotToken()
    {
        await _rest.Client.SendAsync(
            new DiscordRestRequest { Method = HttpMethod.Patch, Path = "/webhooks/1/t/messages/@original", JsonBody = Encoding.UTF8.GetBytes("{}"), UseBotToken = false },
            TestContext.Current.CancellationToken);

        _rest.Api.Requests.ShouldHaveSingleItem().Headers.ContainsKey("Authorization").ShouldBeFalse();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SendAsync_RateLimitedThenOk_WaitsAndRetriesOnce(bool global)
    {
        _rest.Api.Enqueue(FakeResponse.RateLimited(0.05, global));

        var response = await _rest.Client.SendAsync(Get(), TestContext.Current.CancellationToken);

        response.IsSuccess.ShouldBeTrue();
        _rest.Api.Requests.Count.ShouldBe(2);
        _rest.InvalidRequests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task SendAsync_RateLimitedEveryTime_GivesUpAfterTheBoundedRetries()
    {
        _rest.Api.Respond = _ => FakeResponse.RateLimited(0.01);

        var response = await _rest.Client.SendAsync(Get(), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(429);
        response.IsSuccess.ShouldBeFalse();
        _rest.Api.Requests.Count.ShouldBe(4);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task SendAsync_Other4xx_ReturnsFailureWithoutRetry(int status)
    {
        _rest.Api.Enqueue(FakeResponse.Json("""{"message":"Missing Access","code":50001}""", status));

        var response = await _rest.Client.SendAsync(Get(), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(status);
        response.Error!.ShouldContain("Missing Access (code 50001)");
        _rest.Api.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task SendAsync_UnavailableIdempotent_RetriesBounded()
    {
        _rest.Api.Enqueue(FakeResponse.Json("{}", 502));

        var response = await _rest.Client.SendAsync(Get(), TestContext.Current.CancellationToken);

        response.IsSuccess.ShouldBeTrue();
        _rest.Api.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task SendAsync_UnavailablePost_IsNotRetried()
    {
        _rest.Api.Enqueue(FakeResponse.Json("{}", 503));

        var response = await _rest.Client.SendAsync(
            new DiscordRestRequest { Method = HttpMethod.Post, Path = "/interactions/1/t/callback", JsonBody = Encoding.UTF8.GetBytes("""{"type":1}"""), UseBotToken = false },
            TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(503);
        _rest.Api.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task SendAsync_BucketExhausted_WaitsForResetBeforeTheNextRequest()
    {
        var headers = new Dictionary<string, string>
        {
            ["X-RateLimit-Bucket"] = "b1",
            ["X-RateLimit-Limit"] = "1",
            ["X-RateLimit-Remaining"] = "0",
            ["X-RateLimit-Reset-After"] = "0.2",
        };
        _rest.Api.Enqueue(FakeResponse.Json("[]", 200, headers));

        await _rest.Client.SendAsync(Get(), TestContext.Current.CancellationToken);
        var second = _rest.Client.SendAsync(Get(), TestContext.Current.CancellationToken);

        await second;
        _rest.Api.Requests.Count.ShouldBe(2);
        second.IsCompletedSuccessfully.ShouldBeTrue();
    }

    [Fact]
    public async Task SendAsync_Cancelled_ThrowsOperationCanceled()
    {
        _rest.Api.Enqueue(FakeResponse.RateLimited(30));
        using var cancel = new CancellationTokenSource();

        var sending = _rest.Client.SendAsync(Get(), cancel.Token);
        await _rest.Api.WaitForRequestsAsync(1);
        await cancel.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(sending);
        _rest.Api.Requests.Count.ShouldBe(1);
    }
}
