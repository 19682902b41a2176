using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Requests;
using ModelBot.Host.Cli;
using ModelBot.Host.Console;
using ModelBot.Host.Formats;
using ModelBot.Host.Hosting;

namespace ModelBot.Benchmarks;

/// <summary>
/// One chat request end to end through the real dependency-injection graph that <c>modelbot ask</c> builds:
/// name resolution, the query and (per renderer) the rendering, JSON serialisation included.
/// Target: under 50 µs and under 20 KB allocated per request.
/// </summary>
[MemoryDiagnoser]
public class RequestBenchmarks
{
    private IHost? _host;
    private IChatRequestHandler? _handler;
    private AnswerFormatterCatalog? _formatters;
    private ChatRequest? _chatRequest;

    /// <summary>The requests measured.</summary>
    [Params("/compare muse-spark gpt-5.4", "/benchmark arc-agi-2")]
    public string Request { get; set; } = "";

    /// <summary>Builds the host (never started: no web server, no watcher) and answers once so the dataset is loaded.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var settings = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" };
        var terminal = new Terminal(TextReader.Null, TextWriter.Null, TextWriter.Null, InputIsInteractive: false, OutputIsTerminal: false);
        _host = CommandHost.Build(new CliContext(terminal, settings), dataPath: null);
        _handler = _host.Services.GetRequiredService<IChatRequestHandler>();
        _formatters = _host.Services.GetRequiredService<AnswerFormatterCatalog>();
        _chatRequest = new ChatRequest { Platform = AskCommand.Platform, Text = Request };
        var answer = Answer();
        if (!answer.Ok)
        {
            throw new InvalidOperationException($"The benchmark request \"{Request}\" is not answered: {answer.Error}");
        }
    }

    /// <summary>Disposes the host.</summary>
    [GlobalCleanup]
    public void Cleanup() => _host?.Dispose();

    /// <summary>Resolve + query: the neutral answer.</summary>
    [Benchmark(Baseline = true)]
    public Answer Answer()
    {
        var pending = _handler!.HandleAsync(_chatRequest!, CancellationToken.None);
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Resolve + query + console text.</summary>
    [Benchmark]
    public string Text() => Render(AnswerFormat.Text);

    /// <summary>Resolve + query + the neutral answer as JSON.</summary>
    [Benchmark]
    public string Json() => Render(AnswerFormat.Json);

    /// <summary>Resolve + query + the Discord message payload as JSON.</summary>
    [Benchmark]
    public string Discord() => Render(AnswerFormat.Discord);

    /// <summary>Resolve + query + the Slack Block Kit payload as JSON.</summary>
    [Benchmark]
    public string Slack() => Render(AnswerFormat.Slack);

    private string Render(AnswerFormat format) => _formatters!.Find(format)!.Write(Answer());
}
