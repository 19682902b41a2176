using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModelBot.Discord.Gateway.Interactions;
using ModelBot.Discord.Tests.Support;

namespace ModelBot.Discord.Tests.Interactions;

public sealed class GatewayInteractionResponderTests : IAsyncLifetime
{
    private const string CallbackPath = "/interactions/1180000000000000011/aW50ZXJhY3Rpb24tdG9rZW4/callback";
    private InteractionsHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await InteractionsHost.StartAsync(deferAfterMilliseconds: 50);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    private IGatewayInteractionHandler Responder => _host.Services.GetRequiredService<IGatewayInteractionHandler>();

    private static JsonElement Compare => JsonDocument.Parse(InteractionPayloads.Command("compare", ("model1", "muse-spark"), ("model2", "gpt-5.4"))).RootElement;

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
}
