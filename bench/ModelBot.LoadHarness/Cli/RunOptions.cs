using ModelBot.LoadHarness.Running;

namespace ModelBot.LoadHarness.Cli;

/// <summary>Settings of <c>run</c>: every target run is bounded in requests and in time.</summary>
public sealed record RunOptions
{
    /// <summary>Most measured requests per target and round (a bound; the time limit usually ends a run first).</summary>
    public int Requests { get; init; } = 1_000_000;

    /// <summary>Longest measured run per target and round.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>Requests in flight at once.</summary>
    public int Concurrency { get; init; } = 32;

    /// <summary>Shortest unmeasured load before every measured run (JIT tiering, connection pool); it goes on until the target settles.</summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Measured runs per target; the order of targets alternates between rounds and the best round counts.</summary>
    public int Rounds { get; init; } = 3;

    /// <summary>Scenarios to run (<c>discord</c>, <c>slack</c>); all when empty.</summary>
    public IReadOnlyList<string> Scenarios { get; init; } = [];

    /// <summary>Leave out the Node peers.</summary>
    public bool SkipPeers { get; init; }

    /// <summary>The load client: raw sockets with prebuilt requests (default) or HttpClient, for comparison.</summary>
    public LoadClientKind Client { get; init; } = LoadClientKind.Raw;

    /// <summary>The Release host's <c>modelbot.dll</c>; found under src/ModelBot.Host when null.</summary>
    public string? HostPath { get; init; }

    /// <summary>
    /// Small counts for a smoke run. The request bound stays above what 2 s can hold, so fast targets are measured for
    /// the full 2 s too (at 50,000 req/s, 10,000 requests would be a 0.2 s sample).
    /// </summary>
    public static RunOptions Quick { get; } = new() { Requests = 200_000, Duration = TimeSpan.FromSeconds(2), Warmup = TimeSpan.FromSeconds(2), Rounds = 1 };

    /// <summary>
    /// Parses <c>[--quick] [--scenario discord,slack] [--requests N] [--seconds N] [--concurrency N] [--warmup-seconds N]
    /// [--rounds N] [--skip-peers] [--host PATH] [--client raw|httpclient]</c>; <c>--quick</c> sets small counts that later arguments may change.
    /// </summary>
    public static RunOptions Parse(IReadOnlyList<string> args)
    {
        var options = args.Contains("--quick") ? Quick : new RunOptions();
        var reader = new ArgumentReader(args);
        while (reader.NextName() is { } name)
        {
            options = name switch
            {
                "--quick" => options,
                "--scenario" => options with { Scenarios = reader.Value(name).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--requests" => options with { Requests = reader.Number(name, 1, 10_000_000) },
                "--seconds" => options with { Duration = TimeSpan.FromSeconds(reader.Number(name, 1, 600)) },
                "--concurrency" => options with { Concurrency = reader.Number(name, 1, 1024) },
                "--warmup-seconds" => options with { Warmup = TimeSpan.FromSeconds(reader.Number(name, 0, 120)) },
                "--rounds" => options with { Rounds = reader.Number(name, 1, 20) },
                "--skip-peers" => options with { SkipPeers = true },
                "--host" => options with { HostPath = reader.Value(name) },
                "--client" => options with { Client = LoadClients.Parse(reader.Value(name)) },
                _ => throw new ArgumentException($"unknown argument {name}"),
            };
        }
        return options;
    }
}
