namespace ModelBot.Core.Loading;

/// <summary>
/// Runs an action once a burst of signals has been quiet for the delay (an editor's save raises several file events).
/// Time comes from <see cref="TimeProvider"/>, so tests advance a fake clock instead of sleeping.
/// </summary>
internal sealed class ReloadDebouncer : IDisposable
{
    private readonly ITimer _timer;
    private readonly TimeSpan _delay;
    private readonly Lock _gate = new();
    private bool _pending;
    private bool _disposed;

    public ReloadDebouncer(TimeProvider time, TimeSpan delay, Action action)
    {
        _delay = delay;
        _timer = time.CreateTimer(_ => Fire(action), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Whether a signal is waiting for its quiet time.</summary>
    public bool Pending
    {
        get
        {
            lock (_gate)
            {
                return _pending;
            }
        }
    }

    /// <summary>Restarts the quiet time.</summary>
    public void Signal()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _pending = true;
            _timer.Change(_delay, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _pending = false;
        }

        _timer.Dispose();
    }

    private void Fire(Action action)
    {
        lock (_gate)
        {
            if (_disposed || !_pending)
            {
                return;
            }

            _pending = false;
        }

        action();
    }
}
