namespace ModelBot.LoadHarness.Running;

/// <summary>One target's measured run.</summary>
/// <param name="Name">The target.</param>
/// <param name="Role">Its place in the comparison.</param>
/// <param name="Requests">Requests measured.</param>
/// <param name="Failures">Requests that did not answer 200.</param>
/// <param name="Elapsed">Wall time of the measured part.</param>
/// <param name="P50">Median latency.</param>
/// <param name="P99">99th percentile latency.</param>
public sealed record LoadResult(string Name, TargetRole Role, int Requests, int Failures, TimeSpan Elapsed, TimeSpan P50, TimeSpan P99)
{
    /// <summary>Throughput.</summary>
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;
}
