namespace ModelBot.Slack.SocketMode;

/// <summary>Delays between failed connection attempts: doubling from the initial delay up to the maximum; reset on success.</summary>
public sealed class SocketModeBackoff
{
    private readonly TimeSpan _initial;
    private readonly TimeSpan _max;
    private int _failures;

    /// <summary>Creates a backoff.</summary>
    public SocketModeBackoff(TimeSpan initial, TimeSpan max)
    {
        _initial = initial;
        _max = max;
    }

    /// <summary>The delay before the next attempt after one more failure.</summary>
    public TimeSpan NextDelay()
    {
        var exponent = Math.Min(_failures++, 20);
        var delay = _initial * Math.Pow(2, exponent);
        return delay > _max ? _max : delay;
    }

    /// <summary>Forgets earlier failures after a successful connection.</summary>
    public void Reset() => _failures = 0;
}
