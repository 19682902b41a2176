using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelBot.Commands.Answers;
using ModelBot.Core.Loading;

namespace ModelBot.Commands.Caching;

/// <summary>
/// Memoises rendered replies (the UTF-8 JSON an adapter sends) for the dataset in service: a reply is decided by the
/// dataset, the platform, the command, its options and the page (see <see cref="ReplyCacheKey"/>), so it is rendered
/// once and its bytes reused. Bounded by <see cref="AnswersOptions.CacheEntries"/> and
/// <see cref="AnswersOptions.CacheMaxBytes"/> (least recently used replies are evicted first) and emptied when the dataset reloads, so no reply outlives the figures it shows. Lookups take no
/// lock; adds (cache misses only) take one. Callers add only replies that are the same for everyone who asks.
/// </summary>
public sealed class ReplyCache
{
    private readonly IDatasetProvider _provider;
    private readonly ILogger<ReplyCache> _logger;
    private readonly Lock _writeGate = new();
    private volatile Generation? _generation;
    private long _clock;

    /// <summary>Creates the cache over the dataset in service.</summary>
    public ReplyCache(IDatasetProvider provider, IOptions<AnswersOptions> options, ILogger<ReplyCache> logger)
    {
        _provider = provider;
        _logger = logger;
        Capacity = Math.Max(0, options.Value.CacheEntries);
        MaxBytes = Math.Max(0, options.Value.CacheMaxBytes);
        if (MaxBytes == 0)
        {
            Capacity = 0;
        }
    }

    /// <summary>Most replies kept; 0 when the cache is off.</summary>
    public int Capacity { get; }

    /// <summary>Most bytes of replies kept.</summary>
    public long MaxBytes { get; }

    /// <summary>Replies held for the dataset in service.</summary>
    public int Count => Current() is { } generation ? generation.Count : 0;

    /// <summary>Bytes of the replies held for the dataset in service.</summary>
    public long Bytes => Current() is { } generation ? generation.Bytes : 0;

    /// <summary>Looks <paramref name="key"/> up (null: the request is not cached).</summary>
    public ReplyLookup Find(string? key)
    {
        if (key is null || Capacity == 0 || Current() is not { } generation)
        {
            return default;
        }
        if (generation.Entries.TryGetValue(key, out var entry))
        {
            entry.LastUsed = Interlocked.Increment(ref _clock);
            ReplyCacheLog.Hit(_logger, key);
            return new ReplyLookup(key, generation.Snapshot, entry.Reply, isHit: true, entry.Answer);
        }
        ReplyCacheLog.Miss(_logger, key);
        return new ReplyLookup(key, generation.Snapshot, default, isHit: false);
    }

    /// <summary>
    /// Keeps <paramref name="reply"/>, rendered after the missed <paramref name="lookup"/>; the caller must not change
    /// the bytes afterwards. Nothing is kept when the dataset reloaded in between (the reply may show either version).
    /// With <paramref name="answer"/>, the answer is kept beside the bytes, so what follows a cached reply (its chart)
    /// need not answer the request again; it is charged as many bytes again as the reply (its texts are the reply's).
    /// </summary>
    public void Add(in ReplyLookup lookup, ReadOnlyMemory<byte> reply, Answer? answer = null)
    {
        if (lookup.Key is not { } key || lookup.IsHit || lookup.Snapshot is null || reply.Length > MaxBytes / 16)
        {
            return;
        }
        if (answer is not null && reply.Length * 2L > MaxBytes / 16)
        {
            answer = null;
        }
        var charge = answer is null ? reply.Length : reply.Length * 2L;
        lock (_writeGate)
        {
            var generation = Current();
            if (generation is null || !ReferenceEquals(generation.Snapshot, lookup.Snapshot) || generation.Entries.ContainsKey(key))
            {
                return;
            }
            if (generation.Count >= Capacity || generation.Bytes + charge > MaxBytes)
            {
                EvictLeastRecentlyUsed(generation, charge);
            }
            generation.Entries[key] = new Entry(reply, answer, charge, Interlocked.Increment(ref _clock));
            generation.Count++;
            generation.Bytes += charge;
        }
    }

    /// <summary>The generation of the dataset in service, replacing an older one; null when no dataset could be loaded.</summary>
    private Generation? Current()
    {
        DatasetSnapshot snapshot;
        try
        {
            snapshot = _provider.Snapshot;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // No dataset in service: nothing is cached, and the router answers the request with its own error.
            return null;
        }
        var generation = _generation;
        if (generation is not null && ReferenceEquals(generation.Snapshot, snapshot))
        {
            return generation;
        }
        var fresh = new Generation(snapshot);
        var seen = Interlocked.CompareExchange(ref _generation, fresh, generation);
        if (!ReferenceEquals(seen, generation))
        {
            // Another request replaced it first: use its generation when it is for the same snapshot.
            return seen is not null && ReferenceEquals(seen.Snapshot, snapshot) ? seen : fresh;
        }
        if (generation is not null)
        {
            ReplyCacheLog.Emptied(_logger, snapshot.Version, generation.Count);
        }
        return fresh;
    }

    /// <summary>
    /// Removes least recently used replies until <paramref name="incoming"/> bytes fit, and at least an eighth of the
    /// entries, so that adds stay cheap on average.
    /// </summary>
    private void EvictLeastRecentlyUsed(Generation generation, long incoming)
    {
        var entries = generation.Entries.ToArray();
        Array.Sort(entries, static (a, b) => a.Value.LastUsed.CompareTo(b.Value.LastUsed));
        var atLeast = Math.Max(1, Capacity / 8);
        var evicted = 0;
        foreach (var (key, entry) in entries)
        {
            var fits = generation.Count < Capacity && generation.Bytes + incoming <= MaxBytes;
            if (fits && evicted >= atLeast)
            {
                break;
            }
            if (generation.Entries.TryRemove(key, out _))
            {
                generation.Count--;
                generation.Bytes -= entry.Charge;
                evicted++;
            }
        }
        ReplyCacheLog.Evicted(_logger, Capacity, evicted);
    }

    private sealed class Generation(DatasetSnapshot snapshot)
    {
        public DatasetSnapshot Snapshot { get; } = snapshot;

        public ConcurrentDictionary<string, Entry> Entries { get; } = new(StringComparer.Ordinal);

        /// <summary>Entries held; changed only under the write lock.</summary>
        public int Count;

        /// <summary>Bytes of the replies held (twice a reply's for one kept with its answer); changed only under the write lock.</summary>
        public long Bytes;
    }

    private sealed class Entry(ReadOnlyMemory<byte> reply, Answer? answer, long charge, long added)
    {
        public ReadOnlyMemory<byte> Reply { get; } = reply;

        public Answer? Answer { get; } = answer;

        /// <summary>What it counts against the byte bound.</summary>
        public long Charge { get; } = charge;

        /// <summary>The cache's clock when it was added or last served.</summary>
        public long LastUsed = added;
    }
}
