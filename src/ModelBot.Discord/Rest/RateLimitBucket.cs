namespace ModelBot.Discord.Rest;

/// <summary>
/// One rate limit bucket as Discord last described it: requests left and when the window resets. Requests take a
/// slot before they are sent, so concurrent callers never overrun the window.
/// </summary>
internal sealed class RateLimitBucket
{
    private readonly Lock _gate = new();
    private int? _remaining;
    private DateTimeOffset _resetAt;

    /// <summary>
    /// Takes a slot, or returns how long to wait for the window to reset. An unknown bucket (no headers yet)
    /// lets requests through.
    /// </summary>
    public TimeSpan TryTake(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_remaining is null)
            {
                return TimeSpan.Zero;
            }
            if (now >= _resetAt)
            {
                _remaining = null;
                return TimeSpan.Zero;
            }
            if (_remaining > 0)
            {
                _remaining--;
                return TimeSpan.Zero;
            }
            return _resetAt - now;
        }
    }

    /// <summary>Records what a response's headers say.</summary>
    public void Update(int remaining, DateTimeOffset resetAt)
    {
        lock (_gate)
        {
            _remaining = remaining;
            _resetAt = resetAt;
        }
    }

    /// <summary>Blocks the bucket until <paramref name="resetAt"/> (after a 429).</summary>
    public void Exhaust(DateTimeOffset resetAt)
    {
        lock (_gate)
        {
            _remaining = 0;
            _resetAt = resetAt > _resetAt ? resetAt : _resetAt;
        }
    }

    /// <summary>True when the window has passed and the bucket holds nothing worth keeping.</summary>
    public bool IsStale(DateTimeOffset now)
    {
        lock (_gate)
        {
            return _remaining is null || now >= _resetAt;
        }
    }
}
