using System.Globalization;

namespace ModelBot.LoadHarness.Running;

/// <summary>Command-line settings; every run is bounded in requests and in time.</summary>
public sealed record HarnessOptions
{
    /// <summary>Requests per target (after warm-up).</summary>
    public int Requests { get; init; } = 20_000;

    /// <summary>Longest measured run per target.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Requests in flight at once.</summary>
    public int Concurrency { get; init; } = 32;

    /// <summary>Requests sent before measuring (JIT, connection pool).</summary>
    public int Warmup { get; init; } = 2_000;

    /// <summary>Only this scenario, or every scenario when null.</summary>
    public string? Scenario { get; init; }

    /// <summary>Leave out Node peers (for machines without node/npm).</summary>
    public bool SkipPeers { get; init; }

    /// <summary>Parses <c>--requests N --seconds N --concurrency N --warmup N --scenario NAME --skip-peers</c>.</summary>
    public static HarnessOptions Parse(string[] args)
    {
        var options = new HarnessOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--requests" => options with { Requests = Math.Clamp(int.Parse(Next(), CultureInfo.InvariantCulture), 1, 1_000_000) },
                "--seconds" => options with { Duration = TimeSpan.FromSeconds(Math.Clamp(int.Parse(Next(), CultureInfo.InvariantCulture), 1, 300)) },
                "--concurrency" => options with { Concurrency = Math.Clamp(int.Parse(Next(), CultureInfo.InvariantCulture), 1, 512) },
                "--warmup" => options with { Warmup = Math.Clamp(int.Parse(Next(), CultureInfo.InvariantCulture), 0, 100_000) },
                "--scenario" => options with { Scenario = Next() },
                "--skip-peers" => options with { SkipPeers = true },
                _ => throw new ArgumentException($"unknown argument {args[i]}"),
            };
        }
        return options;
    }
}
