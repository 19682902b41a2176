using ModelBot.Discord.Gateway.Protocol;

namespace ModelBot.Discord.Gateway.RateLimits;

/// <summary>
/// Keeps one connection under 120 sends per 60 seconds. A token bucket whose tokens come back one window after
/// they were spent: unlike a bucket that refills continuously, no 60-second span can ever see more than 120
/// sends, whatever Discord's own window alignment is. A few tokens are reserved for heartbeats, so a burst of
/// other sends can never delay a heartbeat into a zombie close.
/// </summary>
public sealed class GatewaySendLimiter
{
    /// <summary>Tokens only heartbeats may use.</summary>
    public const int ReservedForHeartbeats = 3;

    private readonly TimeProvider _time;
    private readonly int _capacity;
    private readonly TimeSpan _window;
    private readonly Queue<long> _spentAt = new();
    private readonly Lock _gate = new();

    /// <summary>Creates a limiter with Discord's limit (120 per 60 s).</summary>
    public GatewaySendLimiter(TimeProvider time)
        : this(time, GatewayLimits.SendsPerWindow, GatewayLimits.SendWindow)
    {
    }

    /// <summary>Creates a limiter with a given capacity and window.</summary>
    public GatewaySendLimiter(TimeProvider time, int capacity, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(capacity, ReservedForHeartbeats);
        _time = time;
        _capacity = capacity;
        _window = window;
    }

    /// <summary>Takes a token if one is free; otherwise returns how long until one is.</summary>
    /// <param name="heartbeat">Heartbeats may use the reserved tokens.</param>
    /// <param name="retryAfter">Wait before trying again when false.</param>
    public bool TryAcquire(bool heartbeat, out TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            while (_spentAt.Count > 0 && _time.GetElapsedTime(_spentAt.Peek(), now) >= _window)
            {
                _spentAt.Dequeue();
            }

            var limit = heartbeat ? _capacity : _capacity - ReservedForHeartbeats;
            if (_spentAt.Count < limit)
            {
                _spentAt.Enqueue(now);
                retryAfter = TimeSpan.Zero;
                return true;
            }

            // The token that frees the slot we need is the (count - limit)th oldest.
            var blocking = _spentAt.ElementAt(_spentAt.Count - limit);
            retryAfter = _window - _time.GetElapsedTime(blocking, now);
            return false;
        }
    }

    /// <summary>Waits until a token is free and takes it.</summary>
    /// <param name="heartbeat">Heartbeats may use the reserved tokens.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public async ValueTask AcquireAsync(bool heartbeat, CancellationToken cancellationToken)
    {
        while (!TryAcquire(heartbeat, out var retryAfter))
        {
            await Task.Delay(retryAfter, _time, cancellationToken);
        }
    }
}
