using System.Text.Json;
using ModelBot.Discord.Tests.Support;

namespace ModelBot.Discord.Tests.Interactions;

public sealed class DeferredAnswerTests : IAsyncLifetime
{
    private InteractionsHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await InteractionsHost.StartAsync(deferAfterMilliseconds: 50);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_SlowAnswer_DefersThenEditsOriginalExactlyOnce()
    {
        _host.Handler.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        using var response = await _host.PostSignedAsync(InteractionPayloads.Command("compare", ("model1", "muse-spark"), ("model2", "gpt-5.4")));
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe("""{"type":5,"data":{}}""");
        _host.Api.Requests.ShouldBeEmpty();

        _host.Handler.Gate.SetResult();
        await _host.Api.WaitForRequestsAsync(1);
        await _host.FollowUpsIdleAsync();

        var edit = _host.Api.Requests.ShouldHaveSingleItem();
        edit.Method.ShouldBe("PATCH");
        edit.Path.ShouldBe($"/webhooks/{InteractionPayloads.ApplicationId}/aW50ZXJhY3Rpb24tdG9rZW4/messages/@original");
        edit.Headers.ContainsKey("Authorization").ShouldBeFalse();
        using var body = JsonDocument.Parse(edit.Body);
        body.RootElement.GetProperty("allowed_mentions").GetRawText().ShouldBe("""{"parse":[]}""");
        body.RootElement.GetProperty("embeds").GetArrayLength().ShouldBe(1);
        WireGolden.Verify("deferred-edit-original.json", System.Text.Encoding.UTF8.GetBytes(edit.Body));
    }

    [Fact]
    public async Task Post_SlowHelp_DefersEphemerally()
    {
        _host.Handler.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        using var response = await _host.PostSignedAsync(InteractionPayloads.Command("help"));
        _host.Handler.Gate.SetResult();

        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe("""{"type":5,"data":{"flags":64}}""");
        await _host.Api.WaitForRequestsAsync(1);
        await _host.FollowUpsIdleAsync();
        _host.Api.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Post_FastAnswer_RepliesInlineAndSendsNothingElse()
    {
        using var response = await _host.PostSignedAsync(InteractionPayloads.Command("model", ("model", "muse-spark")));

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        json.RootElement.GetProperty("type").GetInt32().ShouldBe(4);
        await _host.FollowUpsIdleAsync();
        _host.Api.Requests.ShouldBeEmpty();
    }
}
