using ModelBot.Discord.Gateway.Protocol;

namespace ModelBot.Discord.Gateway.RateLimits;

/// <summary>
/// Honours session_start_limit for all shards of the process: at most one IDENTIFY per rate-limit bucket
/// (<c>shard_id % max_concurrency</c>) per 5 seconds, and no IDENTIFY while <c>remaining</c> is 0 until
/// <c>reset_after</c> has passed. RESUME does not count. With a <see cref="SharedIdentifyGate"/> (Redis
/// configured) a shard that got its turn here then also takes its bucket's lease shared with other processes.
/// </summary>
public sealed class IdentifyRateLimiter
{
    private readonly TimeProvider _time;
    private readonly int _total;
    private readonly int _maxConcurrency;
    private readonly DateTimeOffset[] _bucketFreeAt;
    private readonly Lock _gate = new();
    private readonly SharedIdentifyGate? _shared;
    private int _remaining;
    private DateTimeOffset _resetAt;

    /// <summary>Creates the limiter from GET /gateway/bot's session_start_limit.</summary>
    /// <param name="limit">session_start_limit.</param>
    /// <param name="time">Clock.</param>
    /// <param name="shared">The cross-process gate, when processes share a lease store; null keeps the limit in this process.</param>
    public IdentifyRateLimiter(SessionStartLimit limit, TimeProvider time, SharedIdentifyGate? shared = null)
    {
        _time = time;
        _shared = shared;
        _total = Math.Max(1, limit.Total);
        _maxConcurrency = Math.Max(1, limit.MaxConcurrency);
        _remaining = Math.Max(0, limit.Remaining);
        _resetAt = time.GetUtcNow() + TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
        _bucketFreeAt = new DateTimeOffset[_maxConcurrency];
    }

    /// <summary>Identifies left in the current period.</summary>
    public int Remaining => Volatile.Read(ref _remaining);

    /// <summary>The rate-limit bucket of a shard.</summary>
    public int BucketOf(int shardId) => shardId % _maxConcurrency;

    /// <summary>
    /// Reserves an identify slot for a shard and waits until it may be used. Shards of different buckets do
    /// not wait for each other; shards of one bucket go 5 seconds apart, in the order they asked (within the
    /// process; across processes the shared gate's lease keeps them 5 seconds apart).
    /// </summary>
    public async Task WaitAsync(int shardId, CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var earliest = now;
            if (now >= _resetAt)
            {
                _remaining = _total;
                _resetAt = now + TimeSpan.FromDays(1);
            }

            if (_remaining <= 0)
            {
                earliest = _resetAt;
                _remaining = _total;
                _resetAt += TimeSpan.FromDays(1);
            }

            var bucket = BucketOf(shardId);
            if (_bucketFreeAt[bucket] > earliest)
            {
                earliest = _bucketFreeAt[bucket];
            }

            _bucketFreeAt[bucket] = earliest + GatewayLimits.IdentifyPeriod;
            _remaining--;
            wait = earliest - now;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken);
        }

        if (_shared is not null)
        {
            await _shared.AcquireAsync(BucketOf(shardId), shardId, cancellationToken);
        }
    }
}
