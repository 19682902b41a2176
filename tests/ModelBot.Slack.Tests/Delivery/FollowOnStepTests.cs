using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using ModelBot.Commands.Delivery;
using ModelBot.Slack.Dispatch;
using ModelBot.Slack.Tests.Support;

namespace ModelBot.Slack.Tests.Delivery;

/// <summary>The hook charts use on Slack: a registered step runs once the answer's text was delivered, with where it went.</summary>
public class FollowOnStepTests : IAsyncLifetime
{
    private sealed class RecordingStep : IAnswerFollowOn<SlackReplyTarget>
    {
        public ConcurrentQueue<(string? Channel, string Transport, string Title)> Runs { get; } = new();

        public TaskCompletionSource Ran { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async ValueTask RunAsync(DeliveredAnswer<SlackReplyTarget> delivered, CancellationToken cancellationToken)
        {
            var answer = await delivered.GetAnswerAsync(cancellationToken);
            Runs.Enqueue((delivered.Target.ChannelId, delivered.Target.Transport, answer.Title));
            Ran.TrySetResult();
        }
    }

    private FakeSlackServer _slack = null!;

    public async ValueTask InitializeAsync() => _slack = await FakeSlackServer.StartAsync();

    public async ValueTask DisposeAsync() => await _slack.DisposeAsync();

    [Fact]
    public async Task Post_SlashCommandAnsweredAtOnce_StepRunsAfterTheResponseWithTheChannel()
    {
        var step = new RecordingStep();
        await using var host = await SlackAppHost.StartAsync(SlackAppHost.HttpSettings(_slack), services => services.AddSingleton<IAnswerFollowOn<SlackReplyTarget>>(step));
        using var request = Signing.Form("/slack/commands", SlashCommandForms.Body("/benchmark", "arc-agi-2", _slack.ResponseUrl("r1")), host.Time.GetUtcNow());

        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        await step.Ran.Task.WaitAsync(TestTimeout.Token());

        var run = step.Runs.ShouldHaveSingleItem();
        run.Transport.ShouldBe(TransportNames.SlackHttp);
        run.Channel.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Post_SlashCommandDeferred_StepRunsOnlyAfterTheAnswerWasPostedToResponseUrl()
    {
        var step = new RecordingStep();
        await using var host = await SlackAppHost.StartAsync(SlackAppHost.HttpSettings(_slack), services => services.AddSingleton<IAnswerFollowOn<SlackReplyTarget>>(step));
        host.Handler.Hold();
        using var request = Signing.Form("/slack/commands", SlashCommandForms.Body("/compare", "muse-spark gpt-5.4", _slack.ResponseUrl("later")), host.Time.GetUtcNow());
        using var response = await host.AdvanceUntilAsync(host.Client.SendAsync(request, TestContext.Current.CancellationToken));
        step.Runs.ShouldBeEmpty();

        host.Handler.Release();
        await _slack.NextCallAsync("response/later", TestTimeout.Token());
        await step.Ran.Task.WaitAsync(TestTimeout.Token());

        step.Runs.ShouldHaveSingleItem();
    }
}
