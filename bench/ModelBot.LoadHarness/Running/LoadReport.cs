using System.Globalization;
using System.Text;

namespace ModelBot.LoadHarness.Running;

/// <summary>The table of results and, per scenario, ModelBot against the bare endpoint and the peer library.</summary>
public static class LoadReport
{
    /// <summary>Formats one scenario's results.</summary>
    public static string Format(string scenario, HarnessOptions options, IReadOnlyList<LoadResult> results)
    {
        var builder = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        builder.AppendLine(c, $"scenario {scenario}: concurrency {options.Concurrency}, up to {options.Requests} requests or {options.Duration.TotalSeconds:0} s per target, {Environment.ProcessorCount} cores");
        builder.AppendLine(c, $"{"target",-34} {"requests",9} {"failed",7} {"req/s",10} {"p50 ms",8} {"p99 ms",8}");
        foreach (var r in results)
        {
            builder.AppendLine(c, $"{r.Name,-34} {r.Requests,9} {r.Failures,7} {r.RequestsPerSecond,10:0} {r.P50.TotalMilliseconds,8:0.00} {r.P99.TotalMilliseconds,8:0.00}");
        }
        var modelBot = results.FirstOrDefault(r => r.Role == TargetRole.ModelBot);
        var bare = results.FirstOrDefault(r => r.Role == TargetRole.Bare);
        var peer = results.FirstOrDefault(r => r.Role == TargetRole.Peer);
        if (modelBot is not null && bare is not null)
        {
            var throughput = modelBot.RequestsPerSecond / bare.RequestsPerSecond;
            var p99 = modelBot.P99.TotalMilliseconds / bare.P99.TotalMilliseconds;
            builder.AppendLine(c, $"ModelBot / bare throughput: {throughput:P0} (target ≥ 80%) {Verdict(throughput >= 0.8)}");
            builder.AppendLine(c, $"ModelBot / bare p99:        {p99:0.00}× (target ≤ 1.5×) {Verdict(p99 <= 1.5)}");
        }
        if (modelBot is not null && peer is not null)
        {
            var ratio = modelBot.RequestsPerSecond / peer.RequestsPerSecond;
            builder.AppendLine(c, $"ModelBot / {peer.Name}: {ratio:0.0}× (target ≥ 4×) {Verdict(ratio >= 4)}");
        }
        if (bare is not null && peer is not null)
        {
            builder.AppendLine(c, $"bare / {peer.Name}: {bare.RequestsPerSecond / peer.RequestsPerSecond:0.0}×");
        }
        return builder.ToString();
    }

    private static string Verdict(bool met) => met ? "met" : "NOT met";
}
