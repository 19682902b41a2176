using System.Globalization;
using System.Text;
using ModelBot.LoadHarness.Cli;

namespace ModelBot.LoadHarness.Soak;

/// <summary>The soak report: latency and errors per time slice, then memory at start, end and peak with its growth.</summary>
public static class SoakReport
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Formats <paramref name="result"/> as Markdown.</summary>
    public static string Format(SoakResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(C, $"Soak: ModelBot host, {DurationText.Format(result.Duration)} of mixed Discord + Slack /compare at {result.Rate} req/s (at most {result.Concurrency} in flight); {Environment.ProcessorCount} cores; started in {result.Startup.TotalMilliseconds:N0} ms.");
        text.AppendLine();
        text.AppendLine("| Time | requests | req/s | failed | p50 ms | p99 ms | RSS MiB at end |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var bucket in result.Buckets)
        {
            var seconds = (bucket.To - bucket.From).TotalSeconds;
            var rss = result.Samples.LastOrDefault(s => s.At <= bucket.To + TimeSpan.FromSeconds(1))?.RssBytes;
            text.AppendLine(C, $"| {DurationText.Format(bucket.From)}–{DurationText.Format(bucket.To)} | {bucket.Requests:N0} | {(seconds > 0 ? bucket.Requests / seconds : 0):N0} | {bucket.Failed:N0} | {bucket.P50.TotalMilliseconds:0.00} | {bucket.P99.TotalMilliseconds:0.00} | {Mebibytes(rss)} |");
        }
        text.AppendLine();
        var start = result.Samples.Count > 0 ? result.Samples[0] : null;
        var end = result.Samples.Count > 0 ? result.Samples[^1] : null;
        var minutes = start is not null && end is not null ? (end.At - start.At).TotalMinutes : 0;
        var net = start is not null && end is not null && minutes > 0 ? (end.RssBytes - start.RssBytes) / minutes : (double?)null;
        var secondHalf = result.Samples.Skip(result.Samples.Count / 2).Select(s => (s.At, (double)s.RssBytes)).ToList();
        // The kernel updates VmRSS and VmHWM lazily, so a sample can sit a little above the final VmHWM: take the higher.
        var peak = Math.Max(result.PeakRssBytes ?? 0, result.Samples.Count > 0 ? result.Samples.Max(s => s.RssBytes) : 0);
        text.AppendLine(C, $"Memory (RSS): start {Mebibytes(start?.RssBytes)} MiB, end {Mebibytes(end?.RssBytes)} MiB, peak {Mebibytes(peak > 0 ? peak : null)} MiB (VmHWM, start-up and warm-up included).");
        text.AppendLine(C, $"Growth per minute: {SignedMebibytes(net)} MiB net (end − start), {SignedMebibytes(LinearTrend.PerMinute(secondHalf))} MiB trend over the second half (least squares, {secondHalf.Count} samples).");
        text.AppendLine(C, $"Requests: {result.Requests:N0}, failed {result.Failed:N0}; /healthz not 200 in {result.UnhealthySamples} of {result.Samples.Count} samples.");
        return text.ToString();
    }

    private static string Mebibytes(long? bytes) => bytes is { } b ? (b / 1048576.0).ToString("N1", C) : "—";

    private static string SignedMebibytes(double? bytes) => bytes is { } b ? (b / 1048576.0).ToString("+0.00;−0.00;0.00", C) : "—";
}
