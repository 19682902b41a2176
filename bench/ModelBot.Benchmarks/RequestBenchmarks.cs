using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Requests;
using ModelBot.Core.Queries;
using ModelBot.Discord.Payloads;
using ModelBot.Discord.Rendering;
using ModelBot.Host.Cli;
using ModelBot.Host.Console;
using ModelBot.Host.Formats;
using ModelBot.Host.Hosting;
using ModelBot.Slack.Payloads;
using ModelBot.Slack.Rendering;

namespace ModelBot.Benchmarks;

/// <summary>
/// One chat request end to end through the real dependency-injection graph that <c>modelbot ask</c> builds:
/// name resolution, the query and (per renderer) the rendering, JSON serialisation included.
/// Target: under 50 µs and under 20 KB allocated per request.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet disposes them in [GlobalCleanup].")]
public class RequestBenchmarks
{
    private IHost? _host;
    private IChatRequestHandler? _handler;
    private AnswerFormatterCatalog? _formatters;
    private ChatRequest? _chatRequest;
    private QueryService? _queries;
    private readonly ReusedWireBuffer _wire = new();

    /// <summary>The requests measured.</summary>
    [Params("/compare muse-spark gpt-5.4", "/benchmark arc-agi-2")]
    public string Request { get; set; } = "";

    /// <summary>Builds the host (never started: no web server, no watcher) and answers once so the dataset is loaded.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _host = QuietCommandHost.Build();
        _handler = _host.Services.GetRequiredService<IChatRequestHandler>();
        _formatters = _host.Services.GetRequiredService<AnswerFormatterCatalog>();
        _chatRequest = new ChatRequest { Platform = AskCommand.Platform, Text = Request };
        _queries = _host.Services.GetRequiredService<QueryService>();
        var answer = Answer();
        if (!answer.Ok)
        {
            throw new InvalidOperationException($"The benchmark request \"{Request}\" is not answered: {answer.Error}");
        }
    }

    /// <summary>Disposes the host.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _wire.Dispose();
        _host?.Dispose();
    }

    /// <summary>Resolve + query: the neutral answer.</summary>
    [Benchmark(Baseline = true)]
    public Answer Answer()
    {
        var pending = _handler!.HandleAsync(_chatRequest!, CancellationToken.None);
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Resolve + query only (Core): the report the answer is built from, without the answer.</summary>
    [Benchmark]
    public object Query() => Request.StartsWith("/compare", StringComparison.Ordinal)
        ? _queries!.CompareText(Request["/compare".Length..])
        : _queries!.Leaderboard(Request["/benchmark ".Length..]);

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

    /// <summary>Resolve + query + the Discord payload serialised to a reused UTF-8 buffer, as it goes on the wire (no string).</summary>
    [Benchmark]
    public long DiscordWire() => _wire.Write(DiscordMessageRenderer.Render(Answer()), DiscordPayloadJsonContext.Wire.DiscordMessage);

    /// <summary>Resolve + query + the Slack payload serialised to a reused UTF-8 buffer, as it goes on the wire (no string).</summary>
    [Benchmark]
    public long SlackWire() => _wire.Write(SlackMessageRenderer.Render(Answer()), SlackPayloadJsonContext.Wire.SlackMessage);

    private string Render(AnswerFormat format) => _formatters!.Find(format)!.Write(Answer());
}
