using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ModelBot.Slack.Logging;
using ModelBot.Slack.Options;
using StackExchange.Redis;

namespace ModelBot.Slack.Events;

/// <summary>
/// An <see cref="IEventDeduplicator"/> shared across replicas: <c>SET key 1 NX EX window</c> in Redis. While Redis
/// cannot answer, claims fall back to this process's memory (logged once per outage): an event already acknowledged
/// is answered rather than dropped, at the risk of a second answer from another replica during the outage.
/// </summary>
public sealed class RedisEventDeduplicator : IEventDeduplicator
{
    /// <summary>The prefix of every key ModelBot writes.</summary>
    public const string KeyPrefix = "slack-event-dedup:";

    private readonly IConnectionMultiplexer _redis;
    private readonly InMemoryEventDeduplicator _fallback;
    private readonly ILogger _logger;
    private readonly TimeSpan _window;
    private int _failing;

    /// <summary>Creates the de-duplicator on <paramref name="redis"/>.</summary>
    public RedisEventDeduplicator(IConnectionMultiplexer redis, IOptions<SlackOptions> options, TimeProvider? time = null, ILogger<RedisEventDeduplicator>? logger = null)
    {
        _redis = redis;
        _window = options.Value.EventDeduplicationWindow;
        _fallback = new InMemoryEventDeduplicator(options, time ?? TimeProvider.System);
        _logger = logger ?? NullLogger<RedisEventDeduplicator>.Instance;
    }

    /// <inheritdoc />
    public async ValueTask<bool> TryClaimAsync(string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var claimed = await _redis.GetDatabase().StringSetAsync(KeyPrefix + key, "1", _window, When.NotExists);
            if (Interlocked.Exchange(ref _failing, 0) == 1)
            {
                SlackLog.DeduplicationRedisBack(_logger);
            }
            // Remember it here too, so a retry arriving during a later outage is still recognised by this replica.
            await _fallback.TryClaimAsync(key, cancellationToken);
            return claimed;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
        {
            if (Interlocked.Exchange(ref _failing, 1) == 0)
            {
                SlackLog.DeduplicationRedisDown(_logger, exception.GetType().Name, exception.Message);
            }
            return await _fallback.TryClaimAsync(key, cancellationToken);
        }
    }
}
