using Microsoft.Extensions.Hosting;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Requests;
using ModelBot.Host.Console;
using ModelBot.Host.Formats;

using ModelBot.Host.Tests.Support;

namespace ModelBot.Host.Tests.Console;

/// <summary>The adapter's own behaviour (prompt, colour, exit words, failures) over a handler that echoes what it got.</summary>
public class ConsoleChatAdapterTests
{
    private sealed class EchoHandler : IChatRequestHandler
    {
        public List<ChatRequest> Requests { get; } = [];

        public ValueTask<Answer> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            if (request.Text == "boom")
            {
                throw new InvalidOperationException("handler failure");
            }

            var ok = !request.Text.StartsWith("/bad", StringComparison.Ordinal);
            return ValueTask.FromResult(new Answer { Ok = ok, Command = "ask", Title = $"echo {request.Text}", Error = ok ? null : "bad" });
        }
    }

    private sealed class TitleFormatter : IAnswerFormatter
    {
        public AnswerFormat Format => AnswerFormat.Text;

        public bool IsJson => false;

        public string Write(Answer answer) => answer.Title + "\n";
    }

    private static async Task<(string Output, EchoHandler Handler)> RunAsync(
        string input, bool interactive = false, bool terminal = false, params (string Key, string? Value)[] settings)
    {
        var output = new StringWriter { NewLine = "\n" };
        var handler = new EchoHandler();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(TestContexts.QuietSettings(settings));
        builder.Services.AddSingleton(new Terminal(new StringReader(input), output, TextWriter.Null, interactive, terminal));
        builder.Services.AddSingleton<IChatRequestHandler>(handler);
        builder.Services.AddSingleton<IAnswerFormatter, TitleFormatter>();
        builder.Services.AddSingleton<AnswerFormatterCatalog>();
        builder.AddConsoleAdapter();
        using var host = builder.Build();

        await host.RunAsync(TestContext.Current.CancellationToken);

        return (output.ToString(), handler);
    }

    [Fact]
    public async Task Run_PipedLines_AnswersEachInOrderAndStopsAtEndOfInput()
    {
        var (output, handler) = await RunAsync("/help\n\n  /compare a b  \n");

        output.ShouldBe("echo /help\n\necho /compare a b\n\n");
        handler.Requests.Select(request => request.Platform).Distinct().ShouldBe([ConsoleChatAdapter.Platform]);
    }

    [Theory]
    [InlineData("exit")]
    [InlineData("quit")]
    [InlineData("  EXIT ")]
    public async Task Run_ExitWord_StopsBeforeLaterLines(string exitWord)
    {
        var (output, handler) = await RunAsync($"/help\n{exitWord}\n/model x\n");

        output.ShouldBe("echo /help\n\n");
        handler.Requests.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(false, "modelbot> echo /help\n\nmodelbot> \n")]
    [InlineData(true, "\u001b[1;36mmodelbot> \u001b[0mecho /help\n\n\u001b[1;36mmodelbot> \u001b[0m\n")]
    public async Task Run_InteractiveInput_ShowsPromptColouredOnlyOnTerminal(bool terminal, string expected)
    {
        var (output, _) = await RunAsync("/help\n", interactive: true, terminal: terminal);

        output.ShouldBe(expected);
    }

    [Fact]
    public async Task Run_CustomPrompt_IsUsed()
    {
        var (output, _) = await RunAsync("", interactive: true, settings: [("Console:Prompt", "bot? ")]);

        output.ShouldBe("bot? \n");
    }

    [Theory]
    [InlineData(false, "echo /bad x\n\n")]
    [InlineData(true, "\u001b[31mecho /bad x\u001b[0m\n\n")]
    public async Task Run_FailedAnswer_IsWrittenInRedOnlyOnTerminal(bool terminal, string expected)
    {
        var (output, _) = await RunAsync("/bad x\n", terminal: terminal);

        output.ShouldBe(expected);
    }

    [Fact]
    public async Task Run_HandlerThrows_ReportsAndKeepsAnswering()
    {
        var (output, handler) = await RunAsync("boom\n/help\n");

        output.ShouldBe("Sorry, that request failed; the log says why.\necho /help\n\n");
        handler.Requests.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("Auto", null, null, true)]
    [InlineData("Auto", "Discord:PublicKey", "abc", false)]
    [InlineData("Auto", "Slack:SigningSecret", "abc", false)]
    [InlineData("On", "Slack:BotToken", "xoxb", true)]
    [InlineData("Off", null, null, false)]
    public void AddConsoleAdapter_Mode_RegistersAdapterOnlyWhenItShouldRun(string mode, string? key, string? value, bool expected)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Console:Mode"] = mode });
        if (key is not null)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [key] = value });
        }

        builder.AddConsoleAdapter();

        builder.Services.Any(service => service.ServiceType == typeof(ConsoleChatAdapter)).ShouldBe(expected);
    }

    [Fact]
    public async Task Start_EmptyPrompt_FailsWithClearMessage()
    {
        var exception = await Should.ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>(
            () => RunAsync("", settings: [("Console:Prompt", "")]));

        exception.Message.ShouldContain("Console:Prompt must not be empty");
    }
}
