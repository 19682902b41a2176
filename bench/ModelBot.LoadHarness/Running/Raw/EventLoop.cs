using System.Diagnostics;
using System.Net.Sockets;

namespace ModelBot.LoadHarness.Running.Raw;

/// <summary>
/// One thread driving several closed-loop workers, each with its own <see cref="RawConnection"/>: poll the sockets
/// waiting for a response, read the readable ones, and send a worker's next request as soon as its response is
/// complete. One poll wakes for every response that arrived meanwhile, so the client costs fewer context switches and
/// less kernel time per request than a blocked thread per worker, and no thread-pool hops or idle spinning.
/// </summary>
public sealed class EventLoop
{
    private static readonly long PollWakeTicks = Stopwatch.Frequency / 10;
    private readonly RawConnection[] _connections;
    private readonly IRawRequests _requests;
    private readonly Func<int> _nextIndex;
    private readonly Action _countFailure;
    private readonly TimeSpan _timeout;
    private readonly long[] _begun;
    private readonly bool[] _active;
    private readonly List<TimeSpan> _latencies = new(4096);

    /// <summary>
    /// A loop over <paramref name="connections"/> sending <paramref name="requests"/> numbered by
    /// <paramref name="nextIndex"/> (negative: stop) and reporting each failure to <paramref name="countFailure"/>.
    /// </summary>
    public EventLoop(RawConnection[] connections, IRawRequests requests, Func<int> nextIndex, Action countFailure, TimeSpan? timeout = null)
    {
        _connections = connections;
        _requests = requests;
        _nextIndex = nextIndex;
        _countFailure = countFailure;
        _timeout = timeout ?? RawConnection.DefaultTimeout;
        _begun = new long[connections.Length];
        _active = new bool[connections.Length];
    }

    /// <summary>Runs until no worker gets another request; returns every finished request's latency. Cancellation ends it at once.</summary>
    public List<TimeSpan> Run(CancellationToken cancellationToken)
    {
        for (var i = 0; i < _connections.Length; i++)
        {
            StartNext(i);
        }
        var readable = new List<Socket>(_connections.Length);
        var timeoutTicks = (long)(_timeout.TotalSeconds * Stopwatch.Frequency);
        while (!cancellationToken.IsCancellationRequested)
        {
            readable.Clear();
            for (var i = 0; i < _connections.Length; i++)
            {
                if (_active[i] && _connections[i].Socket is { } socket)
                {
                    readable.Add(socket);
                }
            }
            if (readable.Count == 0)
            {
                break;
            }
            try
            {
                // Wakes at least every 100 ms to enforce timeouts and see cancellation.
                Socket.Select(readable, null, null, (int)(PollWakeTicks * 1_000_000 / Stopwatch.Frequency));
            }
            catch (ObjectDisposedException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            // Select keeps the readable sockets in the order they were listed: walk both lists together.
            var next = 0;
            var now = Stopwatch.GetTimestamp();
            for (var i = 0; i < _connections.Length; i++)
            {
                if (!_active[i])
                {
                    continue;
                }
                var connection = _connections[i];
                if (next < readable.Count && ReferenceEquals(readable[next], connection.Socket))
                {
                    next++;
                    var step = connection.Continue();
                    if (step != ExchangeStep.Pending)
                    {
                        Finish(i, step);
                    }
                }
                else if (now - _begun[i] > timeoutTicks)
                {
                    Finish(i, connection.Expire());
                }
            }
        }
        return _latencies;
    }

    private void Finish(int worker, ExchangeStep step)
    {
        _latencies.Add(Stopwatch.GetElapsedTime(_begun[worker]));
        if (step != ExchangeStep.Answered)
        {
            _countFailure();
        }
        StartNext(worker);
    }

    // Sends the worker's next request; a send that fails at once ends that request and the worker tries the next.
    private void StartNext(int worker)
    {
        while (true)
        {
            var index = _nextIndex();
            if (index < 0)
            {
                _active[worker] = false;
                return;
            }
            _begun[worker] = Stopwatch.GetTimestamp();
            var step = _connections[worker].Begin(_requests.Get(index));
            if (step == ExchangeStep.Pending)
            {
                _active[worker] = true;
                return;
            }
            _latencies.Add(Stopwatch.GetElapsedTime(_begun[worker]));
            if (step != ExchangeStep.Answered)
            {
                _countFailure();
            }
        }
    }
}
