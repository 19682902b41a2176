using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using ModelBot.Commands.Delivery;
using ModelBot.Discord.Interactions;
using ModelBot.Discord.Tests.Support;

namespace ModelBot.Discord.Tests.Delivery;

/// <summary>The hook charts use: a registered step runs after the answer's text reached Discord, never before.</summary>
public sealed class FollowOnStepTests : IAsyncLifetime
{
    private sealed class RecordingStep(InteractionsHost? host) : IAnswerFollowOn<DiscordReplyTarget>
    {
        public InteractionsHost? Host { get; set; } = host;

        public ConcurrentQueue<(string Path, string Title, int RequestsBefore)> Runs { get; } = new();

        public async ValueTask RunAsync(DeliveredAnswer<DiscordReplyTarget> delivered, CancellationToken cancellationToken)
        {
            var answer = await delivered.GetAnswerAsync(cancellationToken);
            Runs.Enqueue((delivered.Target.OriginalPath, answer.Title, Host!.Api.Requests.Count));
        }
    }

    private readonly RecordingStep _step = new(null);
    private InteractionsHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await InteractionsHost.StartAsync(deferAfterMilliseconds: 50, services => services.AddSingleton<IAnswerFollowOn<DiscordReplyTarget>>(_step));
        _step.Host = _host;
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_DeferredAnswer_StepRunsAfterOriginalWasEditedWithTheInteractionsWebhook()
    {
        _host.Handler.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        using var response = await _host.PostSignedAsync(InteractionPayloads.Command("compare", ("model1", "muse-spark"), ("model2", "gpt-5.4")));
        _step.Runs.ShouldBeEmpty();
        _host.Handler.Gate.SetResult();
        await _host.Api.WaitForRequestsAsync(1);
        await _host.FollowUpsIdleAsync();

        var run = _step.Runs.ShouldHaveSingleItem();
        run.RequestsBefore.ShouldBe(1);
        run.Path.ShouldBe($"/webhooks/{InteractionPayloads.ApplicationId}/aW50ZXJhY3Rpb24tdG9rZW4/messages/@original");
        _host.Api.Requests.Single().Method.ShouldBe("PATCH");
    }

    [Fact]
    public async Task Post_ImmediateAnswer_StepRunsOnceTheResponseWasSent()
    {
        using var response = await _host.PostSignedAsync(InteractionPayloads.Command("compare", ("model1", "muse-spark"), ("model2", "gpt-5.4")));
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("\"type\":4");
        for (var i = 0; i < 200 && _step.Runs.IsEmpty; i++)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
        await _host.FollowUpsIdleAsync();

        _step.Runs.ShouldHaveSingleItem().Title.ShouldNotBeNullOrEmpty();
    }
}
