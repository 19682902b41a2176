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

        await app.RunAsync(TestContext.Current.CancellationToken);

        var text = output.ToString();
        text.ShouldContain("ARC-AGI-2 leaderboard");
        text.ShouldContain("gpt-9");
        text.ShouldNotContain("/compare");
        text.ShouldNotContain(ConsoleAdapterOptions.DefaultPrompt);
    }

    [Fact]
    public async Task Serve_WithSlackCredentials_DoesNotRunTheConsoleAdapter()
    {
        var (context, _, _) = TestContexts.Create(settings: [("Slack:SigningSecret", "8f742231b10e8888abcd99yyyzzz85a5")]);
        await using var app = ModelBotWebHost.Build(context, dataPath: null);

        app.Services.GetServices<ModelBot.Commands.Requests.IChatAdapter>().ShouldNotContain(adapter => adapter is ConsoleChatAdapter);
    }
}
