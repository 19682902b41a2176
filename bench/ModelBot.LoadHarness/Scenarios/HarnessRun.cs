using System.Globalization;
using ModelBot.LoadHarness.Cli;
using ModelBot.LoadHarness.Report;
using ModelBot.LoadHarness.Running;
using ModelBot.LoadHarness.Targets;

namespace ModelBot.LoadHarness.Scenarios;

/// <summary><c>run</c>: every selected scenario, then the one comparison table on standard output.</summary>
public static class HarnessRun
{
    /// <summary>Runs the scenarios in <paramref name="options"/>; progress goes to <paramref name="log"/>.</summary>
    public static async Task<int> RunAsync(RunOptions options, TextWriter output, TextWriter log, CancellationToken cancellationToken)
    {
        using var credentials = new HarnessCredentials();
        var pairs = ModelPairs.Load(RepositoryPaths.Data);
        var all = PlatformScenarios.Create(pairs, credentials, TimeProvider.System);
        var unknown = options.Scenarios.Where(name => all.All(s => !string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
        {
            await log.WriteLineAsync($"unknown scenario {string.Join(", ", unknown)} (known: {string.Join(", ", all.Select(s => s.Name))})");
            return 2;
        }
        var selected = all.Where(s => options.Scenarios.Count == 0 || options.Scenarios.Contains(s.Name, StringComparer.OrdinalIgnoreCase)).ToList();

        var loadBefore = LoadAverage();
        var runner = new ScenarioRunner(options, options.HostPath ?? RepositoryPaths.DefaultHost, log);
        var results = new List<ScenarioFigures>();
        foreach (var scenario in selected)
        {
            results.Add(await runner.RunAsync(scenario, credentials, cancellationToken));
        }
        var description = string.Create(CultureInfo.InvariantCulture,
            $"Loopback load ({ClientName(options.Client)}), signed /compare requests over {pairs.Count} model pairs from data/: concurrency {options.Concurrency}, up to {options.Requests:N0} requests or {options.Duration.TotalSeconds:0} s per target and round, best of {options.Rounds} round(s) in alternating order, warm-up load before each until the target's CPU per request settles ({options.Warmup.TotalSeconds:0}–{options.Warmup.TotalSeconds * ScenarioRunner.MaxWarmupFactor:0} s, at least {options.Warmup.TotalSeconds * ScenarioRunner.FirstWarmupFactor:0} s before the first round); {Environment.ProcessorCount} cores, load average {loadBefore} before, {LoadAverage()} after.");
        await output.WriteLineAsync(ComparisonTable.Format(results, description));
        return 0;
    }

    /// <summary>How the table names the load client.</summary>
    public static string ClientName(LoadClientKind kind) => kind switch
    {
        LoadClientKind.Raw => "raw-socket client, prebuilt requests",
        _ => "HttpClient load client",
    };

    /// <summary>The 1-minute load average from /proc/loadavg, or "?".</summary>
    public static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }
}
