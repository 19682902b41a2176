using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModelBot.Slack.SocketMode;
using ModelBot.Slack.Tests.Support;

namespace ModelBot.Slack.Tests.SocketMode;

/// <summary>Socket Mode against a Slack that hangs, refuses or goes quiet; each test starts its own host.</summary>
public sealed class SocketModeFaultTests
{
    [Fact]
    public async Task ConnectionsOpenNeverAnswers_ClientKeepsRunningAndConnectsAfterBackoff()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        slack.Script("apps.connections.open", ScriptedResponse.Hanging());
        await using var host = await SlackAppHost.StartAsync(SlackAppHost.SocketSettings(slack), SlackAppHost.HttpTimeout(TimeSpan.FromMilliseconds(300)));
        var stopping = host.App.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

        // Today the timeout's TaskCanceledException ended the Socket Mode service, and with it the host.
        var session = await host.AdvanceUntilAsync(slack.NextSocketAsync(TestTimeout.Token()).AsTask());

        session.Number.ShouldBe(1);
        slack.History("apps.connections.open").Count.ShouldBe(2);
        stopping.IsCancellationRequested.ShouldBeFalse();
    }
}
