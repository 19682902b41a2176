using Microsoft.Extensions.Options;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Requests;
using ModelBot.Host.Formats;

namespace ModelBot.Host.Console;

/// <summary>
/// The embedded adapter: reads one request per line from standard input, answers it through the same dispatch path
/// as the chat platforms and writes the console text rendering. <c>exit</c>, <c>quit</c> or end of input stop the host.
/// With interactive input a prompt is shown; colours are used only when output is a terminal.
/// </summary>
public sealed partial class ConsoleChatAdapter(
    Terminal terminal,
    IChatRequestHandler handler,
    AnswerFormatterCatalog formatters,
    IOptions<ConsoleAdapterOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<ConsoleChatAdapter> logger) : BackgroundService, IChatAdapter
{
    /// <summary>The platform name put on every <see cref="ChatRequest"/> from this adapter.</summary>
    public const string Platform = "console";

    private static readonly string[] ExitWords = ["exit", "quit"];

    /// <inheritdoc />
    public string Name => Platform;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var text = formatters.Find(AnswerFormat.Text)
            ?? throw new InvalidOperationException("No text formatter is registered; the console adapter cannot answer.");
        try
        {
            // Stopping the host while it is still starting cancels its start-up: wait until it has started.
            await WhenStartedAsync(stoppingToken);
            LogStarted(logger, terminal.InputIsInteractive);
            await RunAsync(text, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        LogInputEnded(logger);
        lifetime.StopApplication();
    }

    private Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(stoppingToken).ContinueWith(task => { registration.Dispose(); return task; }, TaskScheduler.Default).Unwrap();
    }

    private async Task RunAsync(IAnswerFormatter text, CancellationToken stoppingToken)
    {
        while (true)
        {
            if (terminal.InputIsInteractive)
            {
                await terminal.Output.WriteAsync(AnsiStyle.Apply(options.Value.Prompt, AnsiStyle.Prompt, terminal.OutputIsTerminal));
                await terminal.Output.FlushAsync(stoppingToken);
            }

            // Console.In blocks; reading on the pool lets shutdown proceed without waiting for a line.
            var line = await Task.Run(terminal.Input.ReadLine, stoppingToken).WaitAsync(stoppingToken);
            if (line is null && terminal.InputIsInteractive)
            {
                await terminal.Output.WriteLineAsync();
            }

            if (line is null || ExitWords.Contains(line.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                return;
            }

            if (!string.IsNullOrWhiteSpace(line))
            {
                await AnswerAsync(line, text, stoppingToken);
            }
        }
    }

    private async Task AnswerAsync(string line, IAnswerFormatter text, CancellationToken stoppingToken)
    {
        var request = new ChatRequest { Platform = Platform, Text = line.Trim(), UserId = Environment.UserName };
        Answer answer;
        try
        {
            answer = await handler.HandleAsync(request, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogRequestFailed(logger, exception, request.Text);
            await terminal.Output.WriteLineAsync(AnsiStyle.Apply("Sorry, that request failed; the log says why.", AnsiStyle.Error, terminal.OutputIsTerminal));
            return;
        }

        var rendered = text.Write(answer).TrimEnd();
        await terminal.Output.WriteLineAsync(answer.Ok ? rendered : AnsiStyle.Apply(rendered, AnsiStyle.Error, terminal.OutputIsTerminal));
        await terminal.Output.WriteLineAsync();
        await terminal.Output.FlushAsync(stoppingToken);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Console adapter started (interactive: {Interactive}); type /help, or exit to stop")]
    private static partial void LogStarted(ILogger logger, bool interactive);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Console input ended; stopping the host")]
    private static partial void LogInputEnded(ILogger logger);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Request \"{Text}\" failed")]
    private static partial void LogRequestFailed(ILogger logger, Exception exception, string text);
}
