using Microsoft.Extensions.Hosting;
using ModelBot.Host.Console;
using ModelBot.Host.Hosting;
using ModelBot.Host.Tests.Support;

namespace ModelBot.Host.Tests.Console;

/// <summary>The console adapter inside the real web host, answering through the real router and renderer.</summary>
public class ConsoleAdapterHostTests
{
    [Fact]
    public async Task Serve_PipedRequests_AnswersEachThenStopsOnExit()
    {
        var (context, output, _) = TestContexts.Create("/benchmark arc-agi-2\n/model gpt-9\nexit\n/help\n");
        await using var app = ModelBotWebHost.Build(context, dataPath: null);

        await app.StartAsync(TestContext.Current.CancellationToken);
        await app.WaitForShutdownAsync(TestContext.Current.CancellationToken);

        var text = output.ToString();
        text.ShouldContain("ARC-AGI-2 leaderboard");
        text.ShouldContain("gpt-9");
        text.ShouldNotContain("/compare");
        text.ShouldNotContain(ConsoleAdapterOptions.DefaultPrompt);
    }
}
