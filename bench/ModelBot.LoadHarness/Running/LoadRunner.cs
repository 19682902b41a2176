using System.Diagnostics;

namespace ModelBot.LoadHarness.Running;

/// <summary>
/// Closed-loop load: a fixed number of workers, each sending its next request as soon as the previous one is answered,
/// over keep-alive connections, until a request count or a time limit is reached.
/// </summary>
public static class LoadRunner
{
    /// <summary>A client for one target: one connection per worker, no proxy, loopback only.</summary>
    public static HttpClient CreateClient(int concurrency) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            Timeout = TimeSpan.FromSeconds(10),
        };

    /// <summary>Sends up to <paramref name="count"/> requests within <paramref name="limit"/> and measures them.</summary>
    public static async Task<RunResult> RunAsync(
        HttpClient client, IRequestFactory requests, Uri target, int count, int concurrency, TimeSpan limit, CancellationToken cancellationToken)
    {
        var next = -1;
        var failed = 0;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limit);
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<TimeSpan>(1024);
            while (!deadline.IsCancellationRequested)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= count || index < 0)
                {
                    break;
                }
                using var request = requests.Create(target, index);
                var begin = Stopwatch.GetTimestamp();
                // The deadline only stops new requests: one in flight is finished and counted.
                var answered = await ReplyCheck.SendAsync(client, request, cancellationToken);
                latencies.Add(Stopwatch.GetElapsedTime(begin));
                if (!answered)
                {
                    Interlocked.Increment(ref failed);
                }
            }
            return latencies;
        }, CancellationToken.None)).ToArray();
        var perWorker = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);

        var measured = perWorker.SelectMany(latencies => latencies).ToArray();
        Array.Sort(measured);
        return new RunResult(measured.Length - failed, failed, elapsed, Percentiles.Of(measured, 0.50), Percentiles.Of(measured, 0.99));
    }
}
