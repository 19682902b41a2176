namespace ModelBot.LoadHarness.Cli;

/// <summary>Settings of <c>soak</c>: a steady mixed Discord + Slack load against the ModelBot host.</summary>
public sealed record SoakOptions
{
    /// <summary>How long the steady load lasts (after the warm-up).</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Requests started per second, alternating Discord and Slack.</summary>
    public int Rate { get; init; } = 200;

    /// <summary>Most requests in flight at once; when the host falls behind, the rate drops rather than the queue growing.</summary>
    public int Concurrency { get; init; } = 32;

    /// <summary>Time between memory and /healthz samples.</summary>
    public TimeSpan SampleInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Latency buckets in the report.</summary>
    public int Buckets { get; init; } = 10;

    /// <summary>Requests sent before the soak starts.</summary>
    public int Warmup { get; init; } = 2_000;

    /// <summary>The Release host's <c>modelbot.dll</c>; found under src/ModelBot.Host when null.</summary>
    public string? HostPath { get; init; }

    /// <summary>Parses <c>[--duration 10m] [--rate N] [--concurrency N] [--sample-seconds N] [--buckets N] [--warmup N] [--host PATH]</c>.</summary>
    public static SoakOptions Parse(IReadOnlyList<string> args)
    {
        var options = new SoakOptions();
        var reader = new ArgumentReader(args);
        while (reader.NextName() is { } name)
        {
            options = name switch
            {
                "--duration" => options with { Duration = reader.Duration(name) },
                "--rate" => options with { Rate = reader.Number(name, 1, 100_000) },
                "--concurrency" => options with { Concurrency = reader.Number(name, 1, 1024) },
                "--sample-seconds" => options with { SampleInterval = TimeSpan.FromSeconds(reader.Number(name, 1, 600)) },
                "--buckets" => options with { Buckets = reader.Number(name, 1, 100) },
                "--warmup" => options with { Warmup = reader.Number(name, 0, 1_000_000) },
                "--host" => options with { HostPath = reader.Value(name) },
                _ => throw new ArgumentException($"unknown argument {name}"),
            };
        }
        return options;
    }
}
