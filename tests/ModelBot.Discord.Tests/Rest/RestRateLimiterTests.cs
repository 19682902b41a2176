using System.Net;
using Microsoft.Extensions.Time.Testing;
using ModelBot.Discord.Rest;

namespace ModelBot.Discord.Tests.Rest;

public sealed class RestRateLimiterTests
{
    private static readonly DiscordRestRequest Request = new() { Method = HttpMethod.Get, Path = "/x", Route = "GET /x", MajorParameter = "1" };

    private static HttpResponseMessage Headers(string bucket, int remaining, double resetAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.Add(RateLimitHeaders.Bucket, bucket);
        response.Headers.Add(RateLimitHeaders.Remaining, remaining.ToString(System.Globalization.CultureInfo.InvariantCulture));
        response.Headers.Add(RateLimitHeaders.ResetAfter, resetAfter.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return response;
    }

    [Fact]
    public async Task AcquireAsync_BucketEmpty_WaitsUntilResetAfter()
    {
        var time = new FakeTimeProvider();
        var limiter = new RestRateLimiter(time);
        using var response = Headers("b", 0, 2.5);
        limiter.Update(Request, response.Headers);

        var waiting = limiter.AcquireAsync(Request, TestContext.Current.CancellationToken).AsTask();
        time.Advance(TimeSpan.FromSeconds(2));
        waiting.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromSeconds(0.5));

        await waiting;
    }

    [Fact]
    public async Task AcquireAsync_RemainingSlots_TakesThemThenWaits()
    {
        var time = new FakeTimeProvider();
        var limiter = new RestRateLimiter(time);
        using var response = Headers("b", 2, 10);
        limiter.Update(Request, response.Headers);

        await limiter.AcquireAsync(Request, TestContext.Current.CancellationToken);
        await limiter.AcquireAsync(Request, TestContext.Current.CancellationToken);
        var third = limiter.AcquireAsync(Request, TestContext.Current.CancellationToken).AsTask();

        third.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromSeconds(10));
        await third;
    }

    [Fact]
    public async Task OnRateLimited_Global_HoldsEveryRoute()
    {
        var time = new FakeTimeProvider();
        var limiter = new RestRateLimiter(time);
        limiter.OnRateLimited(Request, TimeSpan.FromSeconds(1), global: true);

        var other = limiter.AcquireAsync(Request with { Route = null, Path = "/y" }, TestContext.Current.CancellationToken).AsTask();

        other.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromSeconds(1));
        await other;
    }

    [Fact]
    public async Task AcquireAsync_DifferentMajorParameter_UsesSeparateBucket()
    {
        var time = new FakeTimeProvider();
        var limiter = new RestRateLimiter(time);
        using var response = Headers("b", 0, 10);
        limiter.Update(Request, response.Headers);

        var otherGuild = limiter.AcquireAsync(Request with { MajorParameter = "2" }, TestContext.Current.CancellationToken).AsTask();
        var sameGuild = limiter.AcquireAsync(Request, TestContext.Current.CancellationToken).AsTask();

        otherGuild.IsCompletedSuccessfully.ShouldBeTrue("another major parameter is another bucket");
        sameGuild.IsCompleted.ShouldBeFalse("the emptied bucket holds its own major parameter");
        time.Advance(TimeSpan.FromSeconds(10));
        await sameGuild;
    }

    [Theory]
    [InlineData(401, null, true)]
    [InlineData(403, null, true)]
    [InlineData(429, "user", true)]
    [InlineData(429, "shared", false)]
    [InlineData(404, null, false)]
    [InlineData(200, null, false)]
    public void Counts_Status_MatchesDiscordsInvalidRequestRule(int status, string? scope, bool counted) =>
        InvalidRequestCounter.Counts(status, scope).ShouldBe(counted);

    [Fact]
    public void InvalidRequestCounter_OldEntries_LeaveTheWindow()
    {
        var time = new FakeTimeProvider();
        var counter = new InvalidRequestCounter(time);
        counter.Record();
        time.Advance(TimeSpan.FromMinutes(5));
        counter.Record();

        time.Advance(TimeSpan.FromMinutes(5));

        counter.Count.ShouldBe(1);
    }
}
