using System.Text;
using ModelBot.Discord.Registration;
using ModelBot.Discord.Rest;
using ModelBot.Discord.Tests.Support;
using ModelBot.Tests.Time;

namespace ModelBot.Discord.Tests.Rest;

/// <summary>Discord misbehaving on loopback: 429s on interaction endpoints, a global hold, a server that never answers, and what reaches the logs.</summary>
public sealed class DiscordRestClientFaultTests
{
    private const string InteractionToken = "aW50ZXJhY3Rpb24tdG9rZW4tc2VjcmV0";

    private static DiscordRestRequest EditOriginal() => new()
    {
        Method = HttpMethod.Patch,
        Path = $"/webhooks/{InteractionPayloads.ApplicationId}/{InteractionToken}/messages/@original",
        JsonBody = Encoding.UTF8.GetBytes("{}"),
        UseBotToken = false,
    };

    private static DiscordRestRequest Callback() => new()
    {
        Method = HttpMethod.Post,
        Path = $"/interactions/1180000000000000001/{InteractionToken}/callback",
        JsonBody = Encoding.UTF8.GetBytes("""{"type":5}"""),
        UseBotToken = false,
    };

    private static Task<T> Bounded<T>(Task<T> task) => task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

    [Fact]
    public async Task SendAsync_WebhookRateLimited_WaitsRetryAfterBeforeTheOneRetry()
    {
        var time = new WatchedFakeTime();
        await using var rest = await RestHarness.StartAsync(time: time);
        rest.Api.Enqueue(FakeResponse.RateLimited(2));

        var sending = rest.Client.SendAsync(EditOriginal(), TestContext.Current.CancellationToken);
        var waiting = time.TimerCreatedAsync(due => due >= TimeSpan.FromSeconds(2));

        // Today's client retried at once (4 requests in 207 ms): the send must be waiting on the clock instead.
        (await Bounded(Task.WhenAny(waiting, sending))).ShouldBe(waiting, "the 429 was retried without waiting retry_after");
        rest.Api.Requests.Count.ShouldBe(1);
        time.Advance(TimeSpan.FromSeconds(2));
        var response = await Bounded(sending);

        response.IsSuccess.ShouldBeTrue();
        rest.Api.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task SendAsync_InteractionCallbackDuringAGlobalHold_IsSentAtOnce()
    {
        var time = new WatchedFakeTime();
        await using var rest = await RestHarness.StartAsync(time: time);
        rest.Api.Enqueue(FakeResponse.RateLimited(30, global: true));
        var held = rest.Client.SendAsync(
            new DiscordRestRequest { Method = HttpMethod.Get, Path = "/applications/1/commands", Route = "GET /applications/{application_id}/commands", MajorParameter = "1" },
            TestContext.Current.CancellationToken);
        await time.TimerCreatedAsync(due => due >= TimeSpan.FromSeconds(30)).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        // Interaction endpoints are not bound to the global limit: the user's 3-second window must not wait 30 s.
        var callback = await Bounded(rest.Client.SendAsync(Callback(), TestContext.Current.CancellationToken));

        callback.IsSuccess.ShouldBeTrue();
        held.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromSeconds(30));
        (await Bounded(held)).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public async Task SendAsync_ServerNeverAnswers_ReturnsNotSentInsteadOfThrowing()
    {
        await using var rest = await RestHarness.StartAsync(httpTimeout: TimeSpan.FromMilliseconds(300));
        rest.Api.Enqueue(FakeResponse.Hanging());

        var response = await Bounded(rest.Client.SendAsync(EditOriginal(), TestContext.Current.CancellationToken));

        response.StatusCode.ShouldBe(0);
        response.Error!.ShouldContain("timed out");
    }

    [Fact]
    public async Task RegisterAsync_DiscordNeverAnswers_FailsInsteadOfThrowing()
    {
        // An exception here stopped the host when Discord:RegisterOnStart was set.
        await using var rest = await RestHarness.StartAsync(httpTimeout: TimeSpan.FromMilliseconds(300));
        rest.Api.Enqueue(FakeResponse.Hanging());

        var result = await Bounded(rest.Registrar.RegisterAsync(TestContext.Current.CancellationToken));

        result.Status.ShouldBe(RegistrationStatus.Failed);
    }

    [Fact]
    public async Task SendAsync_InteractionEndpointFailures_NoLogLineOrErrorHoldsTheToken()
    {
        var logs = new LogSink();
        await using var rest = await RestHarness.StartAsync(logs: logs, httpTimeout: TimeSpan.FromSeconds(2), maxRetries: 1);
        rest.Api.Enqueue(
            FakeResponse.RateLimited(0),
            FakeResponse.Json("""{"message":"Unknown Webhook","code":10015}""", 404),
            FakeResponse.RateLimited(0),
            FakeResponse.RateLimited(0),
            FakeResponse.Hanging());

        var errors = new List<string?>
        {
            (await Bounded(rest.Client.SendAsync(EditOriginal(), TestContext.Current.CancellationToken))).Error,
            (await Bounded(rest.Client.SendAsync(Callback(), TestContext.Current.CancellationToken))).Error,
            (await Bounded(rest.Client.SendAsync(Callback(), TestContext.Current.CancellationToken))).Error,
        };

        errors.ShouldAllBe(error => error != null);
        logs.Entries.Select(e => e.EventId).ShouldContain(5100);
        logs.Entries.Select(e => e.EventId).ShouldContain(5102);
        logs.Entries.Select(e => e.EventId).ShouldContain(5103);
        foreach (var line in logs.Entries.Select(e => e.Message).Concat(errors.Select(e => e!)))
        {
            line.ShouldNotContain(InteractionToken);
            line.ShouldNotContain(RestHarness.BotToken);
        }
    }
}
