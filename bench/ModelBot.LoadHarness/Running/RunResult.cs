namespace ModelBot.LoadHarness.Running;

/// <summary>One measured run against one target.</summary>
/// <param name="Answered">Requests answered with 200 and a JSON body.</param>
/// <param name="Failed">Requests that got anything else (status, empty or broken body, transport error, timeout).</param>
/// <param name="Elapsed">Wall time of the run.</param>
/// <param name="P50">Median latency over every completed request.</param>
/// <param name="P99">99th-percentile latency over every completed request.</param>
public sealed record RunResult(int Answered, int Failed, TimeSpan Elapsed, TimeSpan P50, TimeSpan P99)
{
    /// <summary>Answers per second.</summary>
    public double RequestsPerSecond => Elapsed > TimeSpan.Zero ? Answered / Elapsed.TotalSeconds : 0;

    /// <summary>CPU time (user + system) the target's process used during the run, when known.</summary>
    public TimeSpan? TargetCpu { get; init; }

    /// <summary>CPU time the load client's own process (this harness) used during the run, when known.</summary>
    public TimeSpan? ClientCpu { get; init; }

    /// <summary>The user-mode part of <see cref="ClientCpu"/> (the rest is the kernel: syscalls and loopback TCP).</summary>
    public TimeSpan? ClientUserCpu { get; init; }

    /// <summary>The load client's CPU microseconds per request: what sending and checking one request cost the harness.</summary>
    public double? ClientCpuMicrosecondsPerRequest => ClientCpu is { } cpu && Answered + Failed > 0 ? cpu.TotalMicroseconds / (Answered + Failed) : null;

    /// <summary>
    /// The target's CPU microseconds per request: what one request costs the server, which depends far less on
    /// neighbours than throughput does.
    /// </summary>
    public double? CpuMicrosecondsPerRequest => TargetCpu is { } cpu && Answered + Failed > 0 ? cpu.TotalMicroseconds / (Answered + Failed) : null;
}
