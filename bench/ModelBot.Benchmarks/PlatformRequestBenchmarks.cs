using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModelBot.Commands;
using ModelBot.Commands.Caching;
using ModelBot.Commands.Delivery;
using ModelBot.Core;
using ModelBot.Discord;
using ModelBot.Discord.Interactions;
using ModelBot.Discord.Interactions.Wire;
using ModelBot.Slack;
using ModelBot.Slack.Commands;
using ModelBot.Slack.Dispatch;

namespace ModelBot.Benchmarks;

/// <summary>
/// One signed request's work after its signature is checked, as the HTTP endpoints do it: the raw body parsed (a
/// Discord interaction, a Slack slash command form), dispatched, answered, rendered and serialised to the UTF-8 reply
/// bytes; with the reply cache (<see cref="Cached"/>: every request after the first is a hit) and without it (every
/// request a miss, the cold path). Target: under 50 µs and under 20 KB allocated per request.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet disposes them in [GlobalCleanup].")]
public class PlatformRequestBenchmarks
{
    private ServiceProvider? _services;
    private InteractionProcessor? _processor;
    private SlackDispatcher? _dispatcher;
    private byte[] _interaction = [];
    private byte[] _slashCommand = [];

    /// <summary>The command measured.</summary>
    [Params("compare", "benchmark")]
    public string Command { get; set; } = "";

    /// <summary>Whether the reply cache is on (<c>Answers:CacheEntries</c> 2048) or off (0).</summary>
    [Params(true, false)]
    public bool Cached { get; set; }

    /// <summary>Builds the Discord and Slack dispatch paths over the real dataset, as <c>modelbot serve</c> wires them.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _services = PlatformServices.Build("data", Cached ? AnswersOptions.DefaultCacheEntries : 0);
        _processor = _services.GetRequiredService<InteractionProcessor>();
        _dispatcher = _services.GetRequiredService<SlackDispatcher>();

        var options = Command == "compare"
            ? """[{"name":"model1","type":3,"value":"muse-spark"},{"name":"model2","type":3,"value":"gpt-5.4"}]"""
            : """[{"name":"benchmark","type":3,"value":"arc-agi-2"}]""";
        _interaction = Encoding.UTF8.GetBytes($$$"""{"id":"1180000000000001000","application_id":"1180000000000000001","type":2,"guild_id":"1180000000000000002","channel_id":"1180000000000000003","member":{"user":{"id":"1180000000000000004","username":"load"}},"token":"bG9hZC10b2tlbi17","version":1,"data":{"id":"1180000000000000020","name":"{{{Command}}}","type":1,"options":{{{options}}}}}""");
        var text = Command == "compare" ? "muse-spark+gpt-5.4" : "arc-agi-2";
        _slashCommand = Encoding.UTF8.GetBytes($"token=x&team_id=T1&channel_id=C1&user_id=U1&user_name=load&command=%2F{Command}&text={text}&api_app_id=A1&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1%2F1%2Fabc&trigger_id=1.2.3");
        if (Discord() < 1000 || Slack() < 1000)
        {
            throw new InvalidOperationException($"/{Command} is not answered in full");
        }
    }

    /// <summary>Disposes the services.</summary>
    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    /// <summary>A Discord APPLICATION_COMMAND: parse, process, reply bytes.</summary>
    [Benchmark]
    public int Discord()
    {
        var interaction = JsonSerializer.Deserialize(_interaction, InteractionJsonContext.Wire.Interaction)!;
        var pending = _processor!.ProcessAsync(interaction, TransportNames.DiscordHttp, CancellationToken.None);
        var outcome = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        return outcome.Callback.ToUtf8Json().Length;
    }

    /// <summary>A Slack slash command: parse the form, dispatch, reply bytes.</summary>
    [Benchmark]
    public int Slack()
    {
        var command = SlashCommandForm.Parse(_slashCommand);
        var pending = _dispatcher!.HandleSlashCommandAsync(command, TransportNames.SlackHttp);
        var reply = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        return reply.Json.Length;
    }
}
