using System.Text.Json;
using ModelBot.Commands.Catalog;
using ModelBot.Discord.Interactions.Components;
using ModelBot.Discord.Tests.Support;
using ModelBot.Rendering.Tests;

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
    public async Task Post_SlowError_GoesOnlyToTheUserAndThePublicThinkingMessageIsDeleted()
    {
        // The deferral was public; an error must not be shown to the whole channel.
        _host.Handler.Answer = _ => SampleAnswers.Error;
        _host.Handler.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        using var response = await _host.PostSignedAsync(InteractionPayloads.Command("compare", ("model1", "muse-spark"), ("model2", "gtp 5.4")));
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe("""{"type":5,"data":{}}""");
        _host.Handler.Gate.SetResult();
        await _host.Api.WaitForRequestsAsync(2);
        await _host.FollowUpsIdleAsync();

        var requests = _host.Api.Requests;
        requests.Select(r => (r.Method, r.Path)).ShouldBe(
        [
            ("POST", $"/webhooks/{InteractionPayloads.ApplicationId}/aW50ZXJhY3Rpb24tdG9rZW4"),
            ("DELETE", $"/webhooks/{InteractionPayloads.ApplicationId}/aW50ZXJhY3Rpb24tdG9rZW4/messages/@original"),
        ]);
        using var body = JsonDocument.Parse(requests[0].Body);
        body.RootElement.GetProperty("flags").GetInt32().ShouldBe(64);
        body.RootElement.GetProperty("allowed_mentions").GetRawText().ShouldBe("""{"parse":[]}""");
    }

    [Fact]
    public async Task Post_SlowError_WhenThePrivateFollowUpFails_EditsOriginalSoTheUserStillSeesIt()
    {
        _host.Handler.Answer = _ => SampleAnswers.Error;
        _host.Handler.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _host.Api.Enqueue(FakeResponse.Json("""{"message":"Unknown Webhook","code":10015}""", status: 404));

        using var response = await _host.PostSignedAsync(InteractionPayloads.Command("compare", ("model1", "muse-spark"), ("model2", "gtp 5.4")));
        _host.Handler.Gate.SetResult();
        await _host.Api.WaitForRequestsAsync(2);
        await _host.FollowUpsIdleAsync();

        _host.Api.Requests.Select(r => r.Method).ShouldBe(["POST", "PATCH"]);
    }

    [Fact]
    public async Task Click_SlowPageThatFails_LeavesTheAnswerOnScreenAndTellsOnlyTheUser()
    {
        _host.Handler.Answer = _ => SampleAnswers.Error;
        _host.Handler.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var customId = ComponentCustomId.Encode(ComponentAction.Page, 1, BuiltInCommands.Benchmark, new Dictionary<string, string> { ["benchmark"] = "arc-agi-2" })!;

        using var response = await _host.PostSignedAsync(InteractionPayloads.Component(customId));
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe("""{"type":6}""");
        _host.Handler.Gate.SetResult();
        await _host.Api.WaitForRequestsAsync(1);
        await _host.FollowUpsIdleAsync();

        var request = _host.Api.Requests.ShouldHaveSingleItem();
        request.Method.ShouldBe("POST");
        using var body = JsonDocument.Parse(request.Body);
        body.RootElement.GetProperty("flags").GetInt32().ShouldBe(64);
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
