using StackExchange.Redis;

namespace ModelBot.Discord.Gateway.RateLimits;

/// <summary>
/// <see cref="IIdentifyLeaseStore"/> on Redis: <c>SET key owner NX PX duration</c>, and when that fails
/// <c>PTTL key</c> to learn how long to wait. The connection is the one the host registers for
/// <c>Redis:Configuration</c> (shared with Slack's event de-duplication); it is resolved on first use, so a
/// Redis that is down at start costs a warning per identify rather than the gateway.
/// </summary>
public sealed class RedisIdentifyLeaseStore : IIdentifyLeaseStore
{
    private readonly Func<IConnectionMultiplexer> _redis;

    /// <summary>Creates the store; <paramref name="redis"/> is called on each attempt (the container caches the connection).</summary>
    public RedisIdentifyLeaseStore(Func<IConnectionMultiplexer> redis) => _redis = redis;

    /// <inheritdoc />
    public async ValueTask<IdentifyLeaseAttempt> TryAcquireAsync(string key, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var database = _redis().GetDatabase();
        if (await database.StringSetAsync(key, owner, duration, When.NotExists))
        {
            return IdentifyLeaseAttempt.Taken;
        }

        // Null when the key expired in between or (never with SET PX) has no expiry: the gate then retries shortly.
        return IdentifyLeaseAttempt.HeldByOther(await database.KeyTimeToLiveAsync(key));
    }
}
