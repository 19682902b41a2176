using ModelBot.Discord.Gateway.Heartbeat;

namespace ModelBot.Discord.Gateway.Connection;

/// <summary>
/// Delay before a reconnect. After a healthy connection (READY or RESUMED received) the first reconnect is
/// immediate; each further failed attempt doubles the delay from <c>baseDelay</c> up to <c>maxDelay</c>, and
/// the delay is jittered to between half and all of it so many shards do not reconnect in step.
/// </summary>
public sealed class ReconnectBackoff
{
    private readonly TimeSpan _baseDelay;
    private readonly TimeSpan _maxDelay;
    private readonly IJitterSource _jitter;
    private int _failures;

    /// <summary>Creates a backoff.</summary>
    public ReconnectBackoff(TimeSpan baseDelay, TimeSpan maxDelay, IJitterSource jitter)
    {
        _baseDelay = baseDelay;
        _maxDelay = maxDelay < baseDelay ? baseDelay : maxDelay;
        _jitter = jitter;
    }

    /// <summary>Reconnect attempts since the last healthy connection.</summary>
    public int Failures => _failures;

    /// <summary>The delay before the next attempt; counts the attempt.</summary>
    public TimeSpan NextDelay()
    {
        var failures = _failures++;
        if (failures == 0)
        {
            return TimeSpan.Zero;
        }

        var exponent = Math.Min(failures - 1, 30);
        var ticks = Math.Min(_maxDelay.Ticks, _baseDelay.Ticks * (1L << Math.Min(exponent, 20)));
        return TimeSpan.FromTicks((long)(ticks * (0.5 + (0.5 * _jitter.NextFraction()))));
    }

    /// <summary>Records a healthy connection.</summary>
    public void Reset() => _failures = 0;
}
