namespace ModelBot.LoadHarness.Soak;

/// <summary>The requests started within one time slice of a soak.</summary>
/// <param name="From">Start of the slice, since the soak started.</param>
/// <param name="To">End of the slice.</param>
/// <param name="Requests">Requests started in it.</param>
/// <param name="Failed">Of those, not answered with 200 and a JSON body.</param>
/// <param name="P50">Median latency.</param>
/// <param name="P99">99th-percentile latency.</param>
public sealed record SoakBucket(TimeSpan From, TimeSpan To, int Requests, int Failed, TimeSpan P50, TimeSpan P99);
