using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModelBot.Discord.Gateway.Interactions;
using ModelBot.Discord.Tests.Support;

namespace ModelBot.Discord.Tests.Interactions;

public sealed class GatewayInteractionResponderTests : IAsyncLifetime
{
    private static readonly string FreshId = ModelBot.Discord.Settings.Snowflake.At(TimeProvider.System.GetUtcNow());
    private static readonly string CallbackPath = $"/interactions/{FreshId}/aW50ZXJhY3Rpb24tdG9rZW4/callback";
    private InteractionsHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await InteractionsHost.StartAsync(deferAfterMilliseconds: 50);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    private IGatewayInteractionHandler Responder => _host.Services.GetRequiredService<IGatewayInteractionHandler>();

    /// <summary>The fixture interaction, created just now (the fixture's own id is years old: past the 3-second window).</summary>
    private static JsonElement Fresh(string body, string? id = null) =>
        JsonDocument.Parse(body.Replace("\"1180000000000000011\"", $"\"{id ?? FreshId}\"", StringComparison.Ordinal)).RootElement;

    private static JsonElement Compare => Fresh(InteractionPayloads.Command("compare", ("model1", "muse-spark"), ("model2", "gpt-5.4")));

    [Fact]
    public async Task HandleAsync_FastAnswer_PostsTheSameCallbackTheHttpEndpointReturns()
    {
        await Responder.HandleAsync(Compare, TestContext.Current.CancellationToken);

        var callback = _host.Api.Requests.ShouldHaveSingleItem();
        callback.Method.ShouldBe("POST");
        callback.Path.ShouldBe(CallbackPath);
        using var http = await _host.PostSignedAsync(InteractionPayloads.Command("compare", ("model1", "muse-spark"), ("model2", "gpt-5.4")));
        callback.Body.ShouldBe(await http.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task HandleAsync_SlowAnswer_PostsDeferredThenEditsOriginalOnce()
    {
        _host.Handler.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var handling = Responder.HandleAsync(Compare, TestContext.Current.CancellationToken).AsTask();
        await _host.Api.WaitForRequestsAsync(1);
        _host.Handler.Gate.SetResult();
        await handling;
        await _host.FollowUpsIdleAsync();

        _host.Api.Requests.Select(r => (r.Method, r.Body.Length > 0)).ShouldBe([("POST", true), ("PATCH", true)]);
        _host.Api.Requests[0].Body.ShouldBe("""{"type":5,"data":{}}""");
        _host.Api.Requests[1].Path.ShouldEndWith("/messages/@original");
    }

    [Fact]
    public async Task HandleAsync_CallbackRefused_NeverEditsOriginal()
    {
        _host.Handler.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _host.Api.Enqueue(FakeResponse.Json("""{"message":"Interaction has already been acknowledged.","code":40060}""", 400));

        var handling = Responder.HandleAsync(Compare, TestContext.Current.CancellationToken).AsTask();
        await _host.Api.WaitForRequestsAsync(1);
        _host.Handler.Gate.SetResult();
        await handling;

        _host.Api.Requests.ShouldHaveSingleItem().Method.ShouldBe("POST");
    }

    [Fact]
    public async Task HandleAsync_SlowAnswer_ReturnsOnceAcknowledgedWhileTheAnswerIsStillComing()
    {
        _host.Handler.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Today the dispatcher's slot was held until the follow-up was sent, so new interactions queued behind it.
        await Responder.HandleAsync(Compare, TestContext.Current.CancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        _host.Api.Requests.ShouldHaveSingleItem().Body.ShouldBe("""{"type":5,"data":{}}""");
        _host.Handler.Gate.SetResult();
        await _host.Api.WaitForRequestsAsync(2);
        await _host.FollowUpsIdleAsync();
        _host.Api.Requests[1].Method.ShouldBe("PATCH");
    }

    [Fact]
    public async Task HandleAsync_InteractionPastTheThreeSecondWindow_DroppedWithoutACallback()
    {
        var stale = ModelBot.Discord.Settings.Snowflake.At(TimeProvider.System.GetUtcNow() - TimeSpan.FromSeconds(4));

        await Responder.HandleAsync(Fresh(InteractionPayloads.Command("help"), stale), TestContext.Current.CancellationToken);

        _host.Api.Requests.ShouldBeEmpty();
        _host.Handler.Requests.ShouldBeEmpty();
    }
}
