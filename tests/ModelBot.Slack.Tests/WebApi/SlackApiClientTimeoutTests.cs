using Microsoft.Extensions.DependencyInjection;
using ModelBot.Slack.Payloads;
using ModelBot.Slack.Tests.Support;
using ModelBot.Slack.WebApi;

namespace ModelBot.Slack.Tests.WebApi;

/// <summary>A Slack that never answers: the HttpClient timeout is a failed call, never an exception.</summary>
public sealed class SlackApiClientTimeoutTests
{
    [Fact]
    public async Task PostMessage_SlackNeverAnswers_ReturnsNetworkErrorInsteadOfThrowing()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        await using var host = await SlackAppHost.StartAsync(SlackAppHost.HttpSettings(slack), SlackAppHost.HttpTimeout(TimeSpan.FromMilliseconds(300)));
        slack.Script("chat.postMessage", ScriptedResponse.Hanging());
        var client = host.App.Services.GetRequiredService<SlackApiClient>();

        var result = await client.PostMessageAsync(new ChatPostMessageRequest { Channel = "C1", Text = "hi" }, TestTimeout.Token());

        result.IsOk.ShouldBeFalse();
        result.Error!.Code.ShouldBe(SlackApiErrorCodes.NetworkError);
    }
}
