using ModelBot.LoadHarness.Targets;

namespace ModelBot.LoadHarness.Report;

/// <summary>What one target measured in one scenario.</summary>
/// <param name="Name">Shown in the report.</param>
/// <param name="Role">Its place in the comparison.</param>
/// <param name="RequestsPerSecond">Answers per second in its best round.</param>
/// <param name="P50">Median latency in that round.</param>
/// <param name="P99">99th-percentile latency in that round.</param>
/// <param name="Failed">Requests not answered with 200 and a JSON body, over every measured round.</param>
/// <param name="PeakRssBytes">VmHWM of its process after the runs, or null when unknown.</param>
/// <param name="Startup">From spawn to its first answer.</param>
public sealed record TargetFigures(string Name, TargetRole Role, double RequestsPerSecond, TimeSpan P50, TimeSpan P99, int Failed, long? PeakRssBytes, TimeSpan Startup)
{
    /// <summary>The target process's CPU time per request in that round, in microseconds, when known.</summary>
    public double? CpuMicrosecondsPerRequest { get; init; }
}
