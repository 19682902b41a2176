namespace ModelBot.LoadHarness.Soak;

/// <summary>Everything a soak measured.</summary>
/// <param name="Duration">How long the steady load ran.</param>
/// <param name="Rate">Requests started per second, as asked.</param>
/// <param name="Concurrency">Most requests in flight.</param>
/// <param name="Startup">Host spawn to first answer.</param>
/// <param name="Buckets">Latency and errors per time slice.</param>
/// <param name="Samples">Memory and health over time.</param>
/// <param name="PeakRssBytes">VmHWM at the end (includes start-up and warm-up).</param>
public sealed record SoakResult(TimeSpan Duration, int Rate, int Concurrency, TimeSpan Startup, IReadOnlyList<SoakBucket> Buckets, IReadOnlyList<SoakSample> Samples, long? PeakRssBytes)
{
    /// <summary>Requests started.</summary>
    public int Requests => Buckets.Sum(b => b.Requests);

    /// <summary>Requests not answered.</summary>
    public int Failed => Buckets.Sum(b => b.Failed);

    /// <summary>Samples where /healthz did not answer 200.</summary>
    public int UnhealthySamples => Samples.Count(s => !s.Healthy);
}
