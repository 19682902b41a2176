using System.Diagnostics;
using ModelBot.LoadHarness.Running.Raw;

namespace ModelBot.LoadHarness.Running;

/// <summary>
/// The default load client (<c>--client raw</c>): one <see cref="RawConnection"/> per worker sending prebuilt request
/// bytes, the workers shared by one or two event-loop threads that poll their sockets (see <see cref="EventLoop"/>), so
/// the client's CPU per request stays well below the targets' and does not flatten the ratios between them. Same
/// closed loop, reply check and latency measure as <see cref="LoadRunner"/>.
/// </summary>
public sealed class RawLoadClient : ILoadClient
{
    /// <summary>Threads that share the workers' connections, each polling its share (at most one per core here).</summary>
    public static readonly int LoopThreads = Math.Clamp(Environment.ProcessorCount, 1, 2);

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
    /// <remarks>
    /// The time limit only stops new requests: one in flight is finished, or fails after <see cref="RawConnection.DefaultTimeout"/>,
    /// and counted. Cancellation aborts every connection for good.
    /// </remarks>
    public async Task<RunResult> RunAsync(IRequestFactory requests, int count, TimeSpan limit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var prepared = requests.Prepare(_target);
        var next = -1;
        var failed = 0;
        var started = Stopwatch.GetTimestamp();
        var stopAt = started + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        using var abort = cancellationToken.Register(() =>
        {
            foreach (var connection in _connections)
            {
                connection.Abort();
            }
        });
        var loops = Math.Min(LoopThreads, _connections.Length);
        var workers = Enumerable.Range(0, loops).Select(loop => Task.Factory.StartNew(() =>
        {
            var mine = _connections.Where((_, i) => i % loops == loop).ToArray();
            return new EventLoop(mine, prepared, () =>
            {
                var index = Interlocked.Increment(ref next);
                return index < count && index >= 0 && Stopwatch.GetTimestamp() < stopAt ? index : -1;
            }, () => Interlocked.Increment(ref failed)).Run(cancellationToken);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        var perWorker = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        cancellationToken.ThrowIfCancellationRequested();

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
