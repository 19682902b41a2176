using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ModelBot.Slack.Options;

namespace ModelBot.Slack.Events;

/// <summary>The default <see cref="IEventDeduplicator"/>: keys kept in memory for <see cref="SlackOptions.EventDeduplicationWindow"/>.</summary>
public sealed class InMemoryEventDeduplicator : IEventDeduplicator
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly TimeSpan _window;
    private readonly TimeProvider _time;
    private long _nextPrune;

    /// <summary>Creates the cache.</summary>
    public InMemoryEventDeduplicator(IOptions<SlackOptions> options, TimeProvider time)
    {
        _window = options.Value.EventDeduplicationWindow;
        _time = time;
    }

    /// <inheritdoc />
    public ValueTask<bool> TryClaimAsync(string key, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        Prune(now);
        var expiry = now + _window;
        while (true)
        {
            if (_expiries.TryAdd(key, expiry))
            {
                return ValueTask.FromResult(true);
            }
            if (!_expiries.TryGetValue(key, out var existing))
            {
                continue;
            }
            if (existing > now)
            {
                return ValueTask.FromResult(false);
            }
            if (_expiries.TryUpdate(key, expiry, existing))
            {
                return ValueTask.FromResult(true);
            }
        }
    }

    private void Prune(DateTimeOffset now)
    {
        var next = Interlocked.Read(ref _nextPrune);
        if (now.UtcTicks < next || Interlocked.CompareExchange(ref _nextPrune, now.UtcTicks + _window.Ticks, next) != next)
        {
            return;
        }
        foreach (var pair in _expiries)
        {
            if (pair.Value <= now)
            {
                _expiries.TryRemove(pair);
            }
        }
    }
}
