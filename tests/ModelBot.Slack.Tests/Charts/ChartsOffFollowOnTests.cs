using Microsoft.Extensions.Logging.Abstractions;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Delivery;
using ModelBot.Commands.Rendering;
using ModelBot.Commands.Requests;
using ModelBot.Slack.Charts;
using ModelBot.Slack.Dispatch;

namespace ModelBot.Slack.Tests.Charts;

/// <summary>With charts off, a reply served from the reply cache is not answered a second time for a chart.</summary>
public sealed class ChartsOffFollowOnTests
{
    private sealed class NoCharts : IAnswerChart
    {
        public bool Enabled => false;

        public ChartImage? Draw(Answer answer) => throw new InvalidOperationException("charts are off: nothing is drawn");
    }

    [Fact]
    public async Task ChartsOff_AReplyFromTheCache_IsNotAnsweredAgain()
    {
        var answeredAgain = 0;
        var delivered = new DeliveredAnswer<SlackReplyTarget>(
            new ChatRequest { Platform = "slack", Text = "/compare muse-spark gpt-5.4" },
            new SlackReplyTarget("slack-http", "C2147483705", null, "U2147483697", null, ephemeral: false),
            answer: null,
            _ =>
            {
                answeredAgain++;
                throw new InvalidOperationException("answered again");
            });
        // Nothing past the check is reached: no Web API client is needed.
        var followOn = new SlackChartUpload(new NoCharts(), api: null!, NullLogger<SlackChartUpload>.Instance);

        await followOn.RunAsync(delivered, TestContext.Current.CancellationToken);

        answeredAgain.ShouldBe(0);
    }
}
