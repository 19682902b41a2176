using System.Diagnostics;
using ModelBot.LoadHarness.Running.Raw;

namespace ModelBot.LoadHarness.Running;

/// <summary>
/// The default load client (<c>--client raw</c>): one <see cref="RawConnection"/> per worker sending prebuilt request
/// bytes, so the client's CPU per request stays far below the targets' and does not flatten the ratios between them.
/// Same closed loop, reply check and latency measure as <see cref="LoadRunner"/>.
/// </summary>
public sealed class RawLoadClient : ILoadClient
{
    /// <summary>Longest wait for one response before it counts as failed and its connection is dropped.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    private readonly Uri _target;
    private readonly RawConnection[] _connections;

    /// <summary>A client for <paramref name="target"/> (loopback only) with <paramref name="concurrency"/> workers.</summary>
    public RawLoadClient(Uri target, int concurrency)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        var endPoint = RawConnection.EndPointOf(target);
        _target = target;
        _connections = [.. Enumerable.Range(0, concurrency).Select(_ => new RawConnection(endPoint))];
    }

    /// <summary>Sockets opened so far over every worker (first connects and reconnects).</summary>
    public int Connects => _connections.Sum(connection => connection.Connects);

    /// <inheritdoc />
    public async Task<RunResult> RunAsync(IRequestFactory requests, int count, TimeSpan limit, CancellationToken cancellationToken)
    {
        var prepared = requests.Prepare(_target);
        var next = -1;
        var failed = 0;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limit);
        var started = Stopwatch.GetTimestamp();
        var workers = _connections.Select(connection => Task.Run(async () =>
        {
            var latencies = new List<TimeSpan>(1024);
            var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            try
            {
                while (!deadline.IsCancellationRequested)
                {
                    var index = Interlocked.Increment(ref next);
                    if (index >= count || index < 0)
                    {
                        break;
                    }
                    var request = prepared.Get(index);
                    var begin = Stopwatch.GetTimestamp();
                    bool answered;
                    // The deadline only stops new requests: one in flight is finished (or times out) and counted.
                    timeout.CancelAfter(RequestTimeout);
                    try
                    {
                        answered = await connection.ExchangeAsync(request, timeout.Token);
                    }
                    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                    {
                        answered = false;
                    }
                    latencies.Add(Stopwatch.GetElapsedTime(begin));
                    if (!answered)
                    {
                        Interlocked.Increment(ref failed);
                    }
                    if (!timeout.TryReset())
                    {
                        timeout.Dispose();
                        timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    }
                }
            }
            finally
            {
                timeout.Dispose();
            }
            return latencies;
        }, CancellationToken.None)).ToArray();
        var perWorker = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);

        var measured = perWorker.SelectMany(latencies => latencies).ToArray();
        Array.Sort(measured);
        return new RunResult(measured.Length - failed, failed, elapsed, Percentiles.Of(measured, 0.50), Percentiles.Of(measured, 0.99));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var connection in _connections)
        {
            connection.Dispose();
        }
    }
}
