using System.Globalization;
using ModelBot.LoadHarness.Cli;
using ModelBot.LoadHarness.Report;
using ModelBot.LoadHarness.Running;
using ModelBot.LoadHarness.Targets;

namespace ModelBot.LoadHarness.Scenarios;

/// <summary>
/// Runs one scenario: starts ModelBot, the bare baseline and the peer, each in its own process (measuring its startup),
/// then measures them in rounds whose order alternates (ModelBot first, then last, …) so a noisy neighbour does not
/// favour one target, and keeps each target's best round.
/// </summary>
public sealed class ScenarioRunner
{
    /// <summary>The shortest warm-up before a target's first round, as a multiple of <see cref="RunOptions.Warmup"/>.</summary>
    public const int FirstWarmupFactor = 3;

    /// <summary>The longest warm-up, as a multiple of <see cref="RunOptions.Warmup"/>.</summary>
    public const int MaxWarmupFactor = 10;

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(90);
    private readonly RunOptions _options;
    private readonly string _hostDll;
    private readonly TextWriter _log;

    /// <summary>A runner with <paramref name="options"/>, the host at <paramref name="hostDll"/>, progress on <paramref name="log"/>.</summary>
    public ScenarioRunner(RunOptions options, string hostDll, TextWriter log)
    {
        _options = options;
        _hostDll = hostDll;
        _log = log;
    }

    /// <summary>Runs <paramref name="scenario"/> and stops every process it started.</summary>
    public async Task<ScenarioFigures> RunAsync(ILoadScenario scenario, HarnessCredentials credentials, CancellationToken cancellationToken)
    {
        var targets = new List<RunningTarget>();
        await using var sink = await PlatformApiSink.StartAsync();
        try
        {
            targets.Add(await StartAsync(scenario, "ModelBot (host)", TargetRole.ModelBot, port => ModelBotHost.Start(_hostDll, port, credentials, sink), cancellationToken));
            targets.Add(await StartAsync(scenario, "bare Kestrel (verify, fixed reply)", TargetRole.Bare, port => BareHost.Start(port, scenario.BareArguments), cancellationToken));
            var peerNote = await StartPeerAsync(scenario, targets, cancellationToken);

            var rounds = targets.ToDictionary(target => target, _ => new List<RunResult>());
            var clients = targets.ToDictionary(target => target, target => LoadClients.Create(_options.Client, target.BaseAddress, _options.Concurrency));
            try
            {
                for (var round = 0; round < _options.Rounds; round++)
                {
                    var order = round % 2 == 0 ? targets : Enumerable.Reverse(targets).ToList();
                    foreach (var target in order)
                    {
                        rounds[target].Add(await MeasureAsync(scenario, target, clients[target], round, cancellationToken));
                    }
                }
            }
            finally
            {
                foreach (var client in clients.Values)
                {
                    client.Dispose();
                }
            }
            return new ScenarioFigures(scenario.Name, [.. targets.Select(target => Figures(target, rounds[target]))], scenario.PeerThroughputGoal, peerNote);
        }
        finally
        {
            foreach (var target in targets)
            {
                await target.DisposeAsync();
            }
        }
    }

    /// <summary>A target's figures: its best round by throughput, failures over all rounds, peak RSS now.</summary>
    public static TargetFigures Figures(RunningTarget target, IReadOnlyList<RunResult> rounds) => Figures(target.Name, target.Role, rounds, target.Process.ReadMemory()?.PeakRssBytes, target.Startup);

    /// <summary>Combines <paramref name="rounds"/>: the best round's throughput and latencies, every round's failures.</summary>
    public static TargetFigures Figures(string name, TargetRole role, IReadOnlyList<RunResult> rounds, long? peakRss, TimeSpan startup)
    {
        var best = rounds.MaxBy(round => round.RequestsPerSecond) ?? throw new ArgumentException("no rounds", nameof(rounds));
        return new TargetFigures(name, role, best.RequestsPerSecond, best.P50, best.P99, rounds.Sum(round => round.Failed), peakRss, startup)
        {
            CpuMicrosecondsPerRequest = best.CpuMicrosecondsPerRequest,
        };
    }

    private async Task<string?> StartPeerAsync(ILoadScenario scenario, List<RunningTarget> targets, CancellationToken cancellationToken)
    {
        var note = _options.SkipPeers ? "--skip-peers" : NodePeer.Unavailable();
        note ??= await scenario.Peer.InstallAsync(_log, cancellationToken);
        if (note is not null)
        {
            await _log.WriteLineAsync($"{scenario.Name}: {scenario.Peer.Name} skipped: {note}");
            return note;
        }
        try
        {
            targets.Add(await StartAsync(scenario, scenario.Peer.Name, TargetRole.Peer, scenario.Peer.Start, cancellationToken));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            await _log.WriteLineAsync($"{scenario.Name}: {scenario.Peer.Name} did not start: {e.Message}");
            return "did not start (see log)";
        }
    }

    private async Task<RunningTarget> StartAsync(ILoadScenario scenario, string name, TargetRole role, Func<int, TargetProcess> start, CancellationToken cancellationToken)
    {
        var port = LoopbackPort.Next();
        var process = start(port);
        try
        {
            var address = LoopbackPort.Address(port);
            var (startup, answer) = await StartupProbe.WaitAsync(process, scenario.Requests, address, StartupTimeout, cancellationToken);
            await _log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{scenario.Name}: {name} answered {startup.TotalMilliseconds:N0} ms after spawn (pid {process.Id}, port {port}): {Preview(answer)}"));
            return new RunningTarget(name, role, address, process, startup);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    // What the first answer looked like, so the log shows that ModelBot answered the command (not an error or an ack).
    private static string Preview(byte[] answer)
    {
        var text = System.Text.Encoding.UTF8.GetString(answer);
        return text.Length <= 160 ? text : $"{text[..160]}… ({answer.Length:N0} bytes)";
    }

    private async Task<RunResult> MeasureAsync(ILoadScenario scenario, RunningTarget target, ILoadClient client, int round, CancellationToken cancellationToken)
    {
        // Before the first round the runtime is still replacing tier-0 code, and its CPU per request can sit on a
        // plateau for a few seconds before dropping: that round's warm-up lasts at least three times as long.
        var minimum = round == 0 ? _options.Warmup * FirstWarmupFactor : _options.Warmup;
        var (warmedFor, _) = _options.Warmup > TimeSpan.Zero
            ? await SettlingWarmup.RunAsync(
                cancel => RunWithCpuAsync(target, client, scenario.Requests, int.MaxValue, SettlingWarmup.Slice, cancel),
                minimum, _options.Warmup * MaxWarmupFactor, cancellationToken)
            : (TimeSpan.Zero, null);
        var result = await RunWithCpuAsync(target, client, scenario.Requests, _options.Requests, _options.Duration, cancellationToken);
        await _log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{scenario.Name} round {round + 1}/{_options.Rounds}: {target.Name}: {result.RequestsPerSecond:N0} req/s, p50 {result.P50.TotalMilliseconds:0.00} ms, p99 {result.P99.TotalMilliseconds:0.00} ms, {result.CpuMicrosecondsPerRequest:N0} µs CPU/request (load client {result.ClientCpuMicrosecondsPerRequest:N1}, user {result.ClientUserCpu?.TotalMicroseconds / Math.Max(1, result.Answered + result.Failed):N1}), {result.Failed} failed (after {warmedFor.TotalSeconds:0} s warm-up)"));
        return result;
    }

    private static async Task<RunResult> RunWithCpuAsync(RunningTarget target, ILoadClient client, IRequestFactory requests, int count, TimeSpan limit, CancellationToken cancellationToken)
    {
        var cpuBefore = target.Process.CpuTime;
        var (clientBefore, userBefore) = OwnCpu();
        var run = await client.RunAsync(requests, count, limit, cancellationToken);
        var (clientAfter, userAfter) = OwnCpu();
        return run with { TargetCpu = target.Process.CpuTime - cpuBefore, ClientCpu = clientAfter - clientBefore, ClientUserCpu = userAfter - userBefore };
    }

    // The harness's own CPU time (total, user): the load client is nearly all it does while a run is measured.
    private static (TimeSpan Total, TimeSpan User) OwnCpu()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return (self.TotalProcessorTime, self.UserProcessorTime);
    }
}
