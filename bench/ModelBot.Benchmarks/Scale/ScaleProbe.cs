using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModelBot.Commands;
using ModelBot.Commands.Delivery;
using ModelBot.Commands.Requests;
using ModelBot.Commands.Routing;
using ModelBot.Core;
using ModelBot.Core.Loading;
using ModelBot.Discord;
using ModelBot.Discord.Interactions;
using ModelBot.Discord.Interactions.Wire;
using ModelBot.Host.Cli;
using ModelBot.Slack;
using ModelBot.Slack.Commands;
using ModelBot.Slack.Dispatch;

namespace ModelBot.Benchmarks.Scale;

/// <summary>
/// One process per dataset size (so peak RSS is that size's own): loads the dataset as <c>serve</c> does (load,
/// validate, index) and times it, times the first answer after "ready", then each kind of request after warm-up
/// (mean and p95, reply cache off) and the largest Discord and Slack replies. Prints one JSON line.
/// </summary>
public static class ScaleProbe
{
    /// <summary>The requests of each kind, rotated over the measured iterations.</summary>
    public static IReadOnlyList<(string Kind, string[] Requests)> Kinds { get; } =
    [
        ("compare", ["/compare muse-spark gpt-5.4", "/compare nova-1.0 atlas-1.0-pro", "/compare gpt 5.4 opus 4.6"]),
        ("leaderboard", ["/benchmark wide-eval", "/benchmark arc-agi-2", "/benchmark hle"]),
        ("free text", ["which model leads HLE?", "how does gemma 4 do on arc-agi-2?", "how many points behind gpt-5.4 is muse spark on GDPval", "is muse spark open source?"]),
        ("misspelled name", ["muse sprak vs gpt 5.4", "/compare gemni 3.1 pro claude opus 4.6", "/model orlon 2.3"]),
        ("model leads", ["what benchmarks does muse spark lead?", "what benchmarks does gpt-5.4 lead?"]),
        ("open weights", ["which models are open weights?"]),
        ("profile", ["/model muse-spark", "/model nova-1.0"]),
    ];

    /// <summary>Runs the probe over <paramref name="dataPath"/> and writes the JSON line to <paramref name="output"/>.</summary>
    public static int Run(string dataPath, int iterations, TextWriter output, string? only = null)
    {
        using var provider = PlatformServices.Build(Path.GetFullPath(dataPath), cacheEntries: 0);
        var router = provider.GetRequiredService<CommandRouter>();

        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var snapshot = provider.GetRequiredService<IDatasetProvider>().Snapshot;
        var ready = clock.Elapsed.TotalMilliseconds;
        var readyCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        if (iterations == 0)
        {
            output.WriteLine(JsonSerializer.Serialize(new { models = snapshot.Dataset.Models.Count, results = snapshot.Dataset.Results.Count, readyMs = Math.Round(ready, 1), peakRssMiB = Math.Round(PeakRssKiB() / 1024.0, 1) }));
            return 0;
        }

        clock.Restart();
        var first = Answer(router, "/compare muse-spark gpt-5.4");
        var firstAnswer = clock.Elapsed.TotalMilliseconds;
        if (!first.Ok)
        {
            output.WriteLine("{\"error\":\"the first answer failed\"}");
            return 1;
        }

        var kinds = new Dictionary<string, object>();
        foreach (var (kind, requests) in Kinds)
        {
            if (only is not null && kind != only)
            {
                continue;
            }

            foreach (var request in requests)
            {
                for (var i = 0; i < 20; i++)
                {
                    Answer(router, request);
                }
            }

            var times = new double[iterations];
            for (var i = 0; i < iterations; i++)
            {
                var start = Stopwatch.GetTimestamp();
                Answer(router, requests[i % requests.Length]);
                times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            Array.Sort(times);
            kinds[kind] = new { mean = Math.Round(times.Average(), 3), p95 = Math.Round(times[(int)Math.Ceiling(0.95 * times.Length) - 1], 3) };
        }

        var largest = Payloads(provider, "wide-eval");
        var status = new
        {
            models = snapshot.Dataset.Models.Count,
            results = snapshot.Dataset.Results.Count,
            readyMs = Math.Round(ready, 1),
            readyCpuMs = Math.Round(readyCpu, 1),
            firstAnswerMs = Math.Round(firstAnswer, 1),
            peakRssMiB = Math.Round(PeakRssKiB() / 1024.0, 1),
            kinds,
            wideBoardDiscordBytes = largest.Discord,
            wideBoardSlackBytes = largest.Slack,
        };
        output.WriteLine(JsonSerializer.Serialize(status));
        return 0;
    }

    private static ModelBot.Commands.Answers.Answer Answer(CommandRouter router, string text)
    {
        var pending = router.HandleAsync(new ChatRequest { Platform = AskCommand.Platform, Text = text }, CancellationToken.None);
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }

    private static (int Discord, int Slack) Payloads(IServiceProvider services, string benchmark)
    {
        var processor = services.GetRequiredService<InteractionProcessor>();
        var dispatcher = services.GetRequiredService<SlackDispatcher>();
        var body = Encoding.UTF8.GetBytes($$$"""{"id":"1180000000000001000","application_id":"1180000000000000001","type":2,"guild_id":"1180000000000000002","channel_id":"1180000000000000003","member":{"user":{"id":"1180000000000000004","username":"load"}},"token":"bG9hZC10b2tlbi17","version":1,"data":{"id":"1180000000000000020","name":"benchmark","type":1,"options":[{"name":"benchmark","type":3,"value":"{{{benchmark}}}"}]}}""");
        var interaction = JsonSerializer.Deserialize(body, InteractionJsonContext.Wire.Interaction)!;
        var outcome = processor.ProcessAsync(interaction, TransportNames.DiscordHttp, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        var form = SlashCommandForm.Parse(Encoding.UTF8.GetBytes($"token=x&team_id=T1&channel_id=C1&user_id=U1&user_name=load&command=%2Fbenchmark&text={benchmark}&api_app_id=A1&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1%2F1%2Fabc&trigger_id=1.2.3"));
        var reply = dispatcher.HandleSlashCommandAsync(form, TransportNames.SlackHttp).AsTask().GetAwaiter().GetResult();
        return (outcome.Callback.ToUtf8Json().Length, reply.Json.Length);
    }

    private static long PeakRssKiB()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}
