using System.Collections.Concurrent;

namespace ModelBot.Slack.Dispatch;

/// <summary>
/// Keeps each <c>response_url</c> within Slack's allowance: at most <see cref="MaxPosts"/> posts within
/// <see cref="Lifetime"/> of the request that issued it.
/// </summary>
public sealed class ResponseUrlLedger
{
    /// <summary>How many times one response_url may be used.</summary>
    public const int MaxPosts = 5;

    /// <summary>How long a response_url lives.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private long _lastPrune;

    /// <summary>Creates a ledger on <paramref name="time"/>.</summary>
    public ResponseUrlLedger(TimeProvider time) => _time = time;

    /// <summary>How many URLs are tracked.</summary>
    internal int Count => _entries.Count;

    /// <summary>Records the arrival of a request carrying <paramref name="url"/> (its thirty minutes start now).</summary>
    public void Issued(string url) => Issued(url, _time.GetUtcNow());

    /// <summary>Records that a request carrying <paramref name="url"/> arrived at <paramref name="at"/> (its thirty minutes start then).</summary>
    public void Issued(string url, DateTimeOffset at) => _entries.TryAdd(url, new Entry(at));

    /// <summary>Claims one post to <paramref name="url"/>; false when it is spent or expired.</summary>
    public bool TryUse(string url)
    {
        var now = _time.GetUtcNow();
        Prune(now);
        var entry = _entries.GetOrAdd(url, static (_, at) => new Entry(at), now);
        if (now - entry.IssuedAt > Lifetime)
        {
            return false;
        }
        return Interlocked.Increment(ref entry.Posts) <= MaxPosts;
    }

    private void Prune(DateTimeOffset now)
    {
        var last = Interlocked.Read(ref _lastPrune);
        if (now.UtcTicks - last < TimeSpan.TicksPerMinute || Interlocked.CompareExchange(ref _lastPrune, now.UtcTicks, last) != last)
        {
            return;
        }
        foreach (var pair in _entries)
        {
            if (now - pair.Value.IssuedAt > Lifetime)
            {
                _entries.TryRemove(pair);
            }
        }
    }

    private sealed class Entry(DateTimeOffset issuedAt)
    {
        public DateTimeOffset IssuedAt { get; } = issuedAt;

        public int Posts;
    }
}
