using Microsoft.Extensions.Logging.Abstractions;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Delivery;
using ModelBot.Commands.Rendering;
using ModelBot.Commands.Requests;
using ModelBot.Discord.Charts;
using ModelBot.Discord.Interactions;

namespace ModelBot.Discord.Tests.Charts;

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
        var delivered = new DeliveredAnswer<DiscordReplyTarget>(
            new ChatRequest { Platform = "discord", Text = "/compare muse-spark gpt-5.4" },
            new DiscordReplyTarget("1180000000000000001", "token", "1180000000000001000", "discord-http"),
            answer: null,
            _ =>
            {
                answeredAgain++;
                throw new InvalidOperationException("answered again");
            });
        // Nothing past the check is reached: no REST client or catalogue is needed.
        var followOn = new DiscordChartFollowOn(new NoCharts(), rest: null!, catalog: null!, NullLogger<DiscordChartFollowOn>.Instance);

        await followOn.RunAsync(delivered, TestContext.Current.CancellationToken);

        answeredAgain.ShouldBe(0);
    }
}
