using Microsoft.Extensions.DependencyInjection;
using ModelBot.Commands.Delivery;
using ModelBot.Slack.Tests.Support;

namespace ModelBot.Slack.Tests.Shutdown;

/// <summary>A host told to stop while an answer is still on its way: it waits for the answer; told again, it stops at once.</summary>
public sealed class GracefulShutdownTests : IAsyncLifetime
{
    private FakeSlackServer _slack = null!;

    public async ValueTask InitializeAsync() => _slack = await FakeSlackServer.StartAsync();

    public async ValueTask DisposeAsync() => await _slack.DisposeAsync();

    private async Task<SlackAppHost> DeferredCommandInFlightAsync(string hook)
    {
        var host = await SlackAppHost.StartAsync(SlackAppHost.HttpSettings(_slack));
        host.Handler.Hold();
        using var request = Signing.Form("/slack/commands", SlashCommandForms.Body("/compare", "muse-spark gpt-5.4", _slack.ResponseUrl(hook)), host.Time.GetUtcNow());
        using var response = await host.AdvanceUntilAsync(host.Client.SendAsync(request, TestContext.Current.CancellationToken));
        host.Background.InFlight.ShouldBe(1);
        return host;
    }

    [Fact]
    public async Task StopAsync_DeferredAnswerInFlight_WaitsForItToBePostedThenStops()
    {
        await using var host = await DeferredCommandInFlightAsync("graceful");

        var stopping = host.App.StopAsync(TestContext.Current.CancellationToken);
        await Task.Delay(200, TestContext.Current.CancellationToken);
        stopping.IsCompleted.ShouldBeFalse("the host waits for the answer still being delivered");
        host.Handler.Release();
        await stopping.WaitAsync(TestTimeout.Token());

        _slack.History("response/graceful").Count.ShouldBe(1, "the user got the answer before the host stopped");
    }

    [Fact]
    public async Task StopNow_WhileTheHostWaits_StopsAtOnceWithoutTheAnswer()
    {
        await using var host = await DeferredCommandInFlightAsync("abandoned");
        var stopping = host.App.StopAsync(TestContext.Current.CancellationToken);
        await Task.Delay(200, TestContext.Current.CancellationToken);

        host.App.Services.GetRequiredService<DeliveryWork>().StopNow();
        await stopping.WaitAsync(TestTimeout.Token());

        _slack.History("response/abandoned").ShouldBeEmpty();
    }
}
