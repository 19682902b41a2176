using System.Diagnostics;

namespace ModelBot.LoadHarness.Running;

/// <summary>Drives one target at a fixed concurrency over keep-alive connections and records every latency.</summary>
public static class LoadRunner
{
    /// <summary>Warms up, then sends up to <see cref="HarnessOptions.Requests"/> within <see cref="HarnessOptions.Duration"/>.</summary>
    public static async Task<LoadResult> RunAsync(LoadTarget target, HarnessOptions options, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };

        await SendAsync(client, target, options.Warmup, options.Concurrency, TimeSpan.FromSeconds(30), null, cancellationToken);

        var latencies = new long[options.Requests];
        var started = Stopwatch.GetTimestamp();
        var (sent, failures) = await SendAsync(client, target, options.Requests, options.Concurrency, options.Duration, latencies, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);

        var measured = latencies.AsSpan(0, sent);
        measured.Sort();
        return new LoadResult(target.Name, target.Role, sent, failures, elapsed, Percentile(measured, 0.50), Percentile(measured, 0.99));
    }

    private static async Task<(int Sent, int Failures)> SendAsync(
        HttpClient client, LoadTarget target, int count, int concurrency, TimeSpan limit, long[]? latencies, CancellationToken cancellationToken)
    {
        var next = -1;
        var failures = 0;
        var completed = 0;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limit);
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (!deadline.IsCancellationRequested)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= count)
                {
                    return;
                }
                using var request = target.CreateRequest(index);
                var begin = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }
                if (latencies is not null)
                {
                    latencies[Interlocked.Increment(ref completed) - 1] = Stopwatch.GetTimestamp() - begin;
                }
            }
        }).ToArray();
        await Task.WhenAll(workers);
        return (latencies is null ? count : completed, failures);
    }

    private static TimeSpan Percentile(ReadOnlySpan<long> sorted, double quantile) =>
        sorted.Length == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(0, sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)]);
}
