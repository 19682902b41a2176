using ModelBot.Discord.Gateway.RateLimits;

namespace ModelBot.Discord.Tests.Gateway.Fakes;

/// <summary>
/// What Redis does for <c>SET key owner NX PX ms</c> and <c>PTTL</c>, in memory on a (fake) clock, shared by
/// several limiters as Redis is shared by several processes. Records every lease granted.
/// </summary>
internal sealed class FakeRedisLeaseStore(TimeProvider time) : IIdentifyLeaseStore
{
    private readonly Dictionary<string, (string Owner, DateTimeOffset ExpiresAt)> _keys = [];
    private readonly List<(string Key, string Owner, DateTimeOffset At)> _grants = [];
    private readonly Lock _gate = new();

    /// <summary>When set, every attempt throws it (Redis down).</summary>
    public Exception? Failure { get; set; }

    /// <summary>Leases granted, in order.</summary>
    public IReadOnlyList<(string Key, string Owner, DateTimeOffset At)> Grants
    {
        get
        {
            lock (_gate)
            {
                return _grants.ToArray();
            }
        }
    }

    public ValueTask<IdentifyLeaseAttempt> TryAcquireAsync(string key, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Failure is { } failure)
        {
            throw failure;
        }

        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_keys.TryGetValue(key, out var held) && held.ExpiresAt > now)
            {
                return ValueTask.FromResult(IdentifyLeaseAttempt.HeldByOther(held.ExpiresAt - now));
            }

            _keys[key] = (owner, now + duration);
            _grants.Add((key, owner, now));
            return ValueTask.FromResult(IdentifyLeaseAttempt.Taken);
        }
    }
}
