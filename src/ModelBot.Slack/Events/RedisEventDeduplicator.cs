using Microsoft.Extensions.Options;
using ModelBot.Slack.Options;
using StackExchange.Redis;

namespace ModelBot.Slack.Events;

/// <summary>An <see cref="IEventDeduplicator"/> shared across replicas: <c>SET key 1 NX EX window</c> in Redis.</summary>
public sealed class RedisEventDeduplicator : IEventDeduplicator
{
    /// <summary>The prefix of every key ModelBot writes.</summary>
    public const string KeyPrefix = "slack-event-dedup:";

    private readonly IConnectionMultiplexer _redis;
    private readonly TimeSpan _window;

    /// <summary>Creates the de-duplicator on <paramref name="redis"/>.</summary>
    public RedisEventDeduplicator(IConnectionMultiplexer redis, IOptions<SlackOptions> options)
    {
        _redis = redis;
        _window = options.Value.EventDeduplicationWindow;
    }

    /// <inheritdoc />
    public async ValueTask<bool> TryClaimAsync(string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await _redis.GetDatabase().StringSetAsync(KeyPrefix + key, "1", _window, When.NotExists);
    }
}
