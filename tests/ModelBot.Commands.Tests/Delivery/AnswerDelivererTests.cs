using ModelBot.Commands.Delivery;

namespace ModelBot.Commands.Tests.Delivery;

public class AnswerDelivererTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeliverAsync_AnswerReady_RepliesNowAndTheNextIdenticalRequestIsServedFromTheCache()
    {
        using var harness = new DeliveryHarness();

        var first = await harness.Deliverer.DeliverAsync(DeliveryHarness.Request(), Token);
        var second = await harness.Deliverer.DeliverAsync(DeliveryHarness.Request(), Token);

        first.IsDeferred.ShouldBeFalse();
        DeliveryHarness.Text(first.Reply).ShouldBe("reply: ready");
        first.Answer!.Title.ShouldBe("ready");
        second.FromCache.ShouldBeTrue();
        DeliveryHarness.Text(second.Reply).ShouldBe("reply: ready");
        harness.Handler.Calls.ShouldBe(1);
        harness.Measurements.Where(m => m.Instrument == "modelbot.requests").Select(m => (string)m.Tags["outcome"]!).ShouldBe(["answered", "cached"]);
        harness.Measurements.Where(m => m.Instrument == "modelbot.reply_cache.lookups").Select(m => (string)m.Tags["result"]!).ShouldBe(["miss", "hit"]);
    }

    [Fact]
    public async Task DeliverAsync_AReplyFromTheCache_BringsTheAnswerItWasRenderedFromSoNothingAnswersItAgain()
    {
        using var harness = new DeliveryHarness();

        var first = await harness.Deliverer.DeliverAsync(DeliveryHarness.Request(), Token);
        var second = await harness.Deliverer.DeliverAsync(DeliveryHarness.Request(), Token);

        second.FromCache.ShouldBeTrue();
        second.Answer.ShouldBeSameAs(first.Answer);
        harness.Handler.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task DeliverAsync_AnswerSlowerThanTheBudget_DefersAndThePendingAnswerArrivesAndIsCachedAfterwards()
    {
        using var harness = new DeliveryHarness();
        var slow = harness.Handler.Hold();

        var delivering = harness.Deliverer.DeliverAsync(DeliveryHarness.Request(), Token).AsTask();
        await Task.Delay(50, Token);
        delivering.IsCompleted.ShouldBeFalse();
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        var outcome = await delivering.WaitAsync(TimeSpan.FromSeconds(10), Token);

        outcome.IsDeferred.ShouldBeTrue();
        outcome.Reply.IsEmpty.ShouldBeTrue();
        slow.SetResult(ScriptedHandler.Answer("slow"));
        (await outcome.Pending!.WaitAsync(TimeSpan.FromSeconds(10), Token)).Title.ShouldBe("slow");
        var again = await harness.Deliverer.DeliverAsync(DeliveryHarness.Request(), Token);
        again.FromCache.ShouldBeTrue();
        DeliveryHarness.Text(again.Reply).ShouldBe("reply: slow");
        harness.Measurements.Count(m => m.Instrument == "modelbot.deferrals").ShouldBe(1);
        harness.Measurements.Single(m => m.Instrument == "modelbot.answer.duration" && (bool)m.Tags["deferred"]!).Value.ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task DeliverAsync_ZeroBudget_DefersUnlessTheAnswerIsReadyAtOnce()
    {
        using var harness = new DeliveryHarness();
        var ready = await harness.Deliverer.DeliverAsync(DeliveryHarness.Request(cacheKey: null, budget: TimeSpan.Zero), Token);
        var slow = harness.Handler.Hold();

        var deferred = await harness.Deliverer.DeliverAsync(DeliveryHarness.Request(cacheKey: null, budget: TimeSpan.Zero), Token);

        ready.IsDeferred.ShouldBeFalse();
        deferred.IsDeferred.ShouldBeTrue();
        slow.SetResult(ScriptedHandler.Answer("later"));
        (await deferred.Pending!).Title.ShouldBe("later");
    }

    [Fact]
    public async Task DeliverAsync_HandlerThrows_UserIsToldToTryAgainAndNothingIsCached()
    {
        using var harness = new DeliveryHarness();
        harness.Handler.Throw = new InvalidOperationException("boom");

        var outcome = await harness.Deliverer.DeliverAsync(DeliveryHarness.Request(), Token);
        harness.Handler.Throw = null;
        var retry = await harness.Deliverer.DeliverAsync(DeliveryHarness.Request(), Token);

        outcome.Answer!.Ok.ShouldBeFalse();
        outcome.Answer.Title.ShouldBe("Something went wrong");
        outcome.Answer.Ephemeral.ShouldBeTrue();
        retry.FromCache.ShouldBeFalse();
        retry.Answer!.Title.ShouldBe("ready");
        harness.Measurements.Where(m => m.Instrument == "modelbot.requests").Select(m => (string)m.Tags["outcome"]!).ShouldBe(["failed", "answered"]);
    }

    [Fact]
    public async Task DeliverAsync_SlowHandlerThrowsAfterTheDeferral_PendingAnswerIsTheFailureNotAFault()
    {
        using var harness = new DeliveryHarness();
        var slow = harness.Handler.Hold();

        var outcome = await harness.Deliverer.DeliverAsync(DeliveryHarness.Request(budget: TimeSpan.Zero), Token);
        slow.SetException(new TimeoutException("dataset lock"));

        (await outcome.Pending!).Title.ShouldBe("Something went wrong");
    }

    [Theory]
    [InlineData("compare", "compare")]
    [InlineData(null, "ask")]
    [InlineData("drop table", "other")]
    public async Task DeliverAsync_CommandLabel_IsACatalogNameNeverTheUsersText(string? command, string label)
    {
        using var harness = new DeliveryHarness();
        var request = DeliveryHarness.Request(cacheKey: null) is var r ? r with { Request = r.Request with { Command = command } } : null!;

        await harness.Deliverer.DeliverAsync(request, Token);

        harness.Measurements.Single(m => m.Instrument == "modelbot.requests").Tags["command"].ShouldBe(label);
    }
}
