using ModelBot.LoadHarness.Running;

namespace ModelBot.LoadHarness.Slack;

/// <summary>
/// Prebuilt signed Slack requests for one target, signed in a batch (one per body) and re-signed once the batch is
/// <see cref="RefreshAfter"/> old: well inside the verifiers' 5-minute window, and no HMAC or formatting per request.
/// </summary>
public sealed class SlackRawRequests : IRawRequests
{
    /// <summary>Age at which the batch is signed again.</summary>
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromMinutes(1);

    private readonly Func<long, ReadOnlyMemory<byte>[]> _sign;
    private readonly TimeProvider _time;
    private readonly Lock _refresh = new();
    private volatile Batch _batch;

    /// <summary>Batches made by <paramref name="sign"/> (Unix seconds in, one request per body out), timed by <paramref name="time"/>.</summary>
    public SlackRawRequests(Func<long, ReadOnlyMemory<byte>[]> sign, TimeProvider time)
    {
        _sign = sign;
        _time = time;
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        _batch = new Batch(now, sign(now));
    }

    /// <inheritdoc />
    public ReadOnlyMemory<byte> Get(int index)
    {
        var batch = _batch;
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - batch.SignedAt) >= RefreshAfter.TotalSeconds)
        {
            batch = Refresh(now);
        }
        return batch.Requests[index % batch.Requests.Length];
    }

    // One worker signs (16 HMACs, a few microseconds); any other that arrives meanwhile waits and takes the new batch.
    private Batch Refresh(long now)
    {
        lock (_refresh)
        {
            if (Math.Abs(now - _batch.SignedAt) >= RefreshAfter.TotalSeconds)
            {
                _batch = new Batch(now, _sign(now));
            }
            return _batch;
        }
    }

    private sealed record Batch(long SignedAt, ReadOnlyMemory<byte>[] Requests);
}
