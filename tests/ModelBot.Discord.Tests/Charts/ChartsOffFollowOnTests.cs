using Microsoft.Extensions.Logging.Abstractions;
using ModelBot.Discord.Charts;
using ModelBot.Discord.Interactions;
using ModelBot.Rendering.Tests;

namespace ModelBot.Discord.Tests.Charts;

/// <summary>With charts off, a reply served from the reply cache is not answered a second time for a chart.</summary>
public sealed class ChartsOffFollowOnTests
{
    [Fact]
    public async Task ChartsOff_AReplyFromTheCache_IsNotAnsweredAgain()
    {
        var (delivered, answeredAgain) = ChartsOff.CachedReply("discord", new DiscordReplyTarget("1180000000000000001", "token", "1180000000000001000", "discord-http"));
        // Nothing past the check is reached: no REST client or catalogue is needed.
        var followOn = new DiscordChartFollowOn(new ChartsOff(), rest: null!, catalog: null!, NullLogger<DiscordChartFollowOn>.Instance);

        await followOn.RunAsync(delivered, TestContext.Current.CancellationToken);

        answeredAgain().ShouldBe(0);
    }
}
