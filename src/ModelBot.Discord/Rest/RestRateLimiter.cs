using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace ModelBot.Discord.Rest;

/// <summary>
/// Discord's rate limits for one bot: routes map to buckets learnt from <c>X-RateLimit-Bucket</c>; a bucket is split
/// by the route's major parameter; a request without a route template (interaction callbacks, webhook edits keyed by
/// their token) is its own bucket keyed by its path, so its 429 is waited out too; a global 429 holds every request
/// except those to interaction endpoints, which Discord does not bind to the global limit. Waits use the
/// <see cref="TimeProvider"/>. One instance per process; with an <see cref="IRestLimitStore"/> (Redis) a global 429 and
/// a route bucket's 429 hold the bot's other replicas too.
/// </summary>
public sealed class RestRateLimiter
{
    private const int PruneEvery = 256;

    private const string GlobalHoldKey = "global";

    private readonly TimeProvider _time;
    private readonly IRestLimitStore? _shared;
    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private long _globalUntilTicks;
    private int _updates;

    /// <summary>Creates the limiter.</summary>
    /// <param name="time">Clock for the waits.</param>
    /// <param name="shared">The holds the bot's replicas share (Redis); null keeps every limit in this process.</param>
    public RestRateLimiter(TimeProvider time, IRestLimitStore? shared = null)
    {
        _time = time;
        _shared = shared;
    }

    /// <summary>Buckets currently tracked (for tests and diagnostics).</summary>
    public int BucketCount => _buckets.Count;

    /// <summary>Waits until the global limit and the request's bucket allow one more request, then takes the slot.</summary>
    public async ValueTask AcquireAsync(DiscordRestRequest request, CancellationToken cancellationToken)
    {
        if (_shared is not null)
        {
            await WaitForSharedHoldsAsync(_shared, request, cancellationToken);
        }
        while (true)
        {
            var now = _time.GetUtcNow();
            var globalWait = new DateTimeOffset(Interlocked.Read(ref _globalUntilTicks), TimeSpan.Zero) - now;
            if (globalWait > TimeSpan.Zero && !request.IsInteractionEndpoint)
            {
                await Task.Delay(globalWait, _time, cancellationToken);
                continue;
            }
            var wait = BucketFor(request).TryTake(now);
            if (wait <= TimeSpan.Zero)
            {
                return;
            }
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    /// <summary>Learns the bucket and its window from a response's <c>X-RateLimit-*</c> headers.</summary>
    public void Update(DiscordRestRequest request, HttpResponseHeaders headers)
    {
        if (request.Route is not null && Header(headers, RateLimitHeaders.Bucket) is { Length: > 0 } bucketId)
        {
            _bucketOfRoute[request.Route] = bucketId;
        }
        if (int.TryParse(Header(headers, RateLimitHeaders.Remaining), NumberStyles.None, CultureInfo.InvariantCulture, out var remaining)
            && TrySeconds(Header(headers, RateLimitHeaders.ResetAfter), out var resetAfter))
        {
            BucketFor(request).Update(remaining, _time.GetUtcNow() + resetAfter);
        }
        if (Interlocked.Increment(ref _updates) % PruneEvery == 0)
        {
            Prune();
        }
    }

    /// <summary>
    /// Holds the bucket, or every request when <paramref name="global"/>, for <paramref name="retryAfter"/>. A 429 on an
    /// interaction endpoint holds only that request's own bucket, whatever it says.
    /// </summary>
    public void OnRateLimited(DiscordRestRequest request, TimeSpan retryAfter, bool global)
    {
        var until = _time.GetUtcNow() + retryAfter;
        if (global && !request.IsInteractionEndpoint)
        {
            long current;
            do
            {
                current = Interlocked.Read(ref _globalUntilTicks);
                if (current >= until.UtcTicks)
                {
                    return;
                }
            }
            while (Interlocked.CompareExchange(ref _globalUntilTicks, until.UtcTicks, current) != current);
            return;
        }
        BucketFor(request).Exhaust(until);
    }

    /// <summary>
    /// Tells the bot's other replicas about a 429 (a global one, or one on a route bucket), so they wait it out too
    /// instead of each earning its own invalid request. Interaction endpoints' buckets are per token: not shared.
    /// </summary>
    public async ValueTask ShareRateLimitAsync(DiscordRestRequest request, TimeSpan retryAfter, bool global, CancellationToken cancellationToken)
    {
        if (_shared is null)
        {
            return;
        }
        if (global && !request.IsInteractionEndpoint)
        {
            await _shared.HoldAsync(GlobalHoldKey, retryAfter, cancellationToken);
        }
        else if (request.Route is not null)
        {
            await _shared.HoldAsync(SharedBucketKey(request), retryAfter, cancellationToken);
        }
    }

    /// <summary>Parses a header holding seconds with fractions (<c>1.234</c>).</summary>
    public static bool TrySeconds(string? value, out TimeSpan seconds)
    {
        if (double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number is >= 0 and < 86_400)
        {
            seconds = TimeSpan.FromSeconds(number);
            return true;
        }
        seconds = TimeSpan.Zero;
        return false;
    }

    private async ValueTask WaitForSharedHoldsAsync(IRestLimitStore shared, DiscordRestRequest request, CancellationToken cancellationToken)
    {
        if (!request.IsInteractionEndpoint && await shared.HoldRemainingAsync(GlobalHoldKey, cancellationToken) is var global && global > TimeSpan.Zero)
        {
            await Task.Delay(global, _time, cancellationToken);
        }
        if (request.Route is not null && await shared.HoldRemainingAsync(SharedBucketKey(request), cancellationToken) is var bucket && bucket > TimeSpan.Zero)
        {
            await Task.Delay(bucket, _time, cancellationToken);
        }
    }

    private static string SharedBucketKey(DiscordRestRequest request) => "route:" + request.Route + "|" + request.MajorParameter;

    private RateLimitBucket BucketFor(DiscordRestRequest request)
    {
        // A one-off route (its path carries a unique token) is a bucket of its own, pruned once its window passed.
        var route = request.Route ?? "path " + request.Path;
        var bucket = _bucketOfRoute.TryGetValue(route, out var id) ? id : route;
        return _buckets.GetOrAdd(bucket + "|" + request.MajorParameter, static _ => new RateLimitBucket());
    }

    private void Prune()
    {
        var now = _time.GetUtcNow();
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.IsStale(now))
            {
                _buckets.TryRemove(key, out _);
            }
        }
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
