using System.CommandLine;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Requests;
using ModelBot.Core.Loading;
using ModelBot.Host.Formats;
using ModelBot.Host.Hosting;

namespace ModelBot.Host.Cli;

/// <summary>
/// <c>modelbot ask "&lt;text&gt;" [--format text|json|discord|slack] [--chart file.png] [--data path]</c>: answers one
/// request as a chat message would be answered. <c>ask -</c> reads one request per line from standard input and writes
/// one answer per request (compact JSON lines for the JSON formats; blank-line separated text otherwise). With
/// <c>--chart</c> the answer's chart is written too (<see cref="AskChartFile"/>). Exit code 0 when every request was
/// answered, 2 when one could not be (the reason and suggestions go to standard error), 1 when a chart file could not
/// be written. Starts no web server and no watcher.
/// </summary>
public static class AskCommand
{
    /// <summary>The text argument that makes <c>ask</c> read requests from standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>The platform name put on every <see cref="ChatRequest"/> from the CLI.</summary>
    public const string Platform = "cli";

    /// <summary>Creates the <c>ask</c> subcommand.</summary>
    public static Command Create(CliContext context)
    {
        var text = new Argument<string>("text")
        {
            Description = "The request, e.g. \"/compare muse-spark gpt-5.4\" or \"which model leads arc-agi-2?\"; - reads one request per line from standard input",
        };
        var format = new Option<AnswerFormat>("--format", "-f")
        {
            Description = "Output: text (console), json (the neutral answer), discord (the message payload), slack (the Block Kit payload)",
            DefaultValueFactory = _ => AnswerFormat.Text,
            HelpName = "text|json|discord|slack",
        };
        var chart = new Option<FileInfo?>("--chart")
        {
            Description = "Also write the answer's chart as a PNG (with -, one file per request: name-<line>.png)",
            HelpName = "file.png",
        };
        var data = DataPathOption.Create();
        var command = new Command("ask", "Answer one request (or, with -, one per line of standard input) and exit")
        {
            Arguments = { text },
            Options = { format, chart, data },
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            context, parseResult.GetRequiredValue(text), parseResult.GetValue(format), parseResult.GetValue(chart), parseResult.GetValue(data), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string text, AnswerFormat format, FileInfo? chart, string? dataPath, CancellationToken cancellationToken)
    {
        try
        {
            return await AnswerAsync(context, text, format, chart, dataPath, cancellationToken);
        }
        catch (DatasetLoadException exception)
        {
            var shown = DatasetErrorText.Shown(exception.Path);
            foreach (var error in exception.Errors)
            {
                await context.Terminal.Error.WriteLineAsync(DatasetErrorText.Format(shown, error));
            }

            await context.Terminal.Error.WriteLineAsync($"error: the dataset in {exception.Path} is invalid; run `modelbot data validate` for details");
            return ExitCodes.Failure;
        }
    }

    private static async Task<int> AnswerAsync(CliContext context, string text, AnswerFormat format, FileInfo? chart, string? dataPath, CancellationToken cancellationToken)
    {
        using var host = CommandHost.Build(context, dataPath);
        var charts = chart is null ? null : ActivatorUtilities.CreateInstance<AskChartFile>(host.Services, chart);
        var handler = host.Services.GetRequiredService<IChatRequestHandler>();
        var formatter = host.Services.GetRequiredService<AnswerFormatterCatalog>().Find(format);
        if (formatter is null)
        {
            await context.Terminal.Error.WriteLineAsync($"error: the {format.ToString().ToLowerInvariant()} format is not available in this build");
            return ExitCodes.Failure;
        }

        var terminal = context.Terminal;
        if (text != StandardInput)
        {
            var answer = await handler.HandleAsync(new ChatRequest { Platform = Platform, Text = text }, cancellationToken);
            if (answer.Ok || formatter.IsJson)
            {
                await WriteAnswerAsync(terminal.Output, formatter, answer, text);
            }

            var answered = await ExitCodeAsync(terminal.Error, answer, lineNumber: null);
            var charted = charts is null || !answer.Ok ? ExitCodes.Success : await charts.WriteAsync(answer, lineNumber: null, terminal.Error, cancellationToken);
            return Math.Max(answered, charted);
        }

        var exitCode = ExitCodes.Success;
        var lineNumber = 0;
        var first = true;
        while (await terminal.Input.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var answer = await handler.HandleAsync(new ChatRequest { Platform = Platform, Text = line.Trim() }, cancellationToken);
            if (!formatter.IsJson && !first)
            {
                await terminal.Output.WriteLineAsync();
            }

            await WriteAnswerAsync(terminal.Output, formatter, answer, line.Trim());
            await terminal.Output.FlushAsync(cancellationToken);
            first = false;
            exitCode = Math.Max(exitCode, await ExitCodeAsync(terminal.Error, answer, lineNumber));
            if (charts is not null && answer.Ok)
            {
                exitCode = Math.Max(exitCode, await charts.WriteAsync(answer, lineNumber, terminal.Error, cancellationToken));
            }
        }

        return exitCode;
    }

    private static Task WriteAnswerAsync(TextWriter output, IAnswerFormatter formatter, Answer answer, string request) =>
        output.WriteLineAsync(formatter.Write(answer, request).TrimEnd('\n', '\r'));

    private static async Task<int> ExitCodeAsync(TextWriter error, Answer answer, int? lineNumber)
    {
        if (answer.Ok)
        {
            return ExitCodes.Success;
        }

        await FailureReport.WriteAsync(error, answer, lineNumber);
        return ExitCodes.Unanswerable;
    }
}
