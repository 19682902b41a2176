using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Building;
using ModelBot.Core.Queries;
using ModelBot.Discord.Payloads;
using ModelBot.Discord.Rendering;
using ModelBot.Host.Cli;
using ModelBot.Host.Console;
using ModelBot.Host.Hosting;
using ModelBot.Slack.Payloads;
using ModelBot.Slack.Rendering;

namespace ModelBot.Benchmarks;

/// <summary>
/// Each stage of answering one request by itself, its input made once in setup, so that the time and the bytes a
/// stage allocates can be told apart (<see cref="RequestBenchmarks"/> measures them cumulatively): the query (Core),
/// building the neutral answer from the query's report (Commands), laying the answer out as a Discord or Slack
/// payload (Rendering), and serialising that payload to a reused UTF-8 buffer.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet disposes them in [GlobalCleanup].")]
public class AnswerStageBenchmarks
{
    private static readonly string[] ComparedModels = ["muse-spark", "gpt-5.4"];
    private const string LeaderboardBenchmark = "arc-agi-2";

    private IHost? _host;
    private QueryService? _queries;
    private AnswerBuilders? _builders;
    private ComparisonReport? _comparison;
    private LeaderboardReport? _leaderboard;
    private Answer? _answer;
    private DiscordMessage? _discord;
    private SlackMessage? _slack;
    private readonly ReusedWireBuffer _wire = new();

    /// <summary>The command measured: <c>/compare muse-spark gpt-5.4</c> or <c>/benchmark arc-agi-2</c>.</summary>
    [Params("compare", "benchmark")]
    public string Command { get; set; } = "";

    /// <summary>Builds the host (never started) and runs every stage once, keeping each stage's output as the next one's input.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _host = QuietCommandHost.Build();
        _queries = _host.Services.GetRequiredService<QueryService>();
        _builders = _host.Services.GetRequiredService<AnswerBuilders>();
        Query();
        _answer = BuildAnswer();
        _discord = RenderDiscord();
        _slack = RenderSlack();
        if (!_answer.Ok || SerializeDiscord() < 1000 || SerializeSlack() < 1000)
        {
            throw new InvalidOperationException($"/{Command} is not answered in full: {_answer.Error}");
        }
    }

    /// <summary>Disposes the host.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _wire.Dispose();
        _host?.Dispose();
    }

    /// <summary>Name resolution and the query (Core): the report the answer is built from.</summary>
    [Benchmark]
    public object Query()
    {
        if (Command == "compare")
        {
            var outcome = _queries!.Compare(ComparedModels);
            return _comparison ??= outcome.Report ?? throw new InvalidOperationException("No comparison: " + outcome.Failure?.Error);
        }

        var leaderboard = _queries!.Leaderboard(LeaderboardBenchmark);
        return _leaderboard ??= leaderboard.Report ?? throw new InvalidOperationException("No leaderboard: " + leaderboard.Failure?.Error);
    }

    /// <summary>The neutral answer laid out from the report (Commands): table cells, figures, notes, footnotes.</summary>
    [Benchmark]
    public Answer BuildAnswer() => Command == "compare"
        ? _builders!.Comparison.Build(_comparison!)
        : _builders!.Leaderboard.Build(_leaderboard!);

    /// <summary>The answer laid out as a Discord message (embed description, fields, footer), not serialised.</summary>
    [Benchmark]
    public DiscordMessage RenderDiscord() => DiscordMessageRenderer.Render(_answer!);

    /// <summary>The answer laid out as a Block Kit message, not serialised.</summary>
    [Benchmark]
    public SlackMessage RenderSlack() => SlackMessageRenderer.Render(_answer!);

    /// <summary>The Discord message serialised to a reused UTF-8 buffer.</summary>
    [Benchmark]
    public long SerializeDiscord() => _wire.Write(_discord!, DiscordPayloadJsonContext.Wire.DiscordMessage);

    /// <summary>The Slack message serialised to a reused UTF-8 buffer.</summary>
    [Benchmark]
    public long SerializeSlack() => _wire.Write(_slack!, SlackPayloadJsonContext.Wire.SlackMessage);
}
