using Microsoft.Extensions.Logging.Abstractions;
using ModelBot.Rendering.Tests;
using ModelBot.Slack.Charts;
using ModelBot.Slack.Dispatch;

namespace ModelBot.Slack.Tests.Charts;

/// <summary>With charts off, a reply served from the reply cache is not answered a second time for a chart.</summary>
public sealed class ChartsOffFollowOnTests
{
    [Fact]
    public async Task ChartsOff_AReplyFromTheCache_IsNotAnsweredAgain()
    {
        var (delivered, answeredAgain) = ChartsOff.CachedReply("slack", new SlackReplyTarget("slack-http", "C2147483705", null, "U2147483697", null, ephemeral: false));
        // Nothing past the check is reached: no Web API client is needed.
        var followOn = new SlackChartUpload(new ChartsOff(), api: null!, NullLogger<SlackChartUpload>.Instance);

        await followOn.RunAsync(delivered, TestContext.Current.CancellationToken);

        answeredAgain().ShouldBe(0);
    }
}
