namespace ModelBot.Discord.Rest;

/// <summary>
/// Counts responses Discord treats as invalid (401, 403, and 429 except shared-scope ones) over its 10-minute window.
/// 10,000 of them ban the IP for an hour, so the client stops sending before <see cref="Ceiling"/>. With an
/// <see cref="IRestLimitStore"/> (Redis) the count is the bot's replicas' together, since they usually leave through one address.
/// </summary>
public sealed class InvalidRequestCounter
{
    /// <summary>Discord's window.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>Discord's ban threshold per window.</summary>
    public const int DiscordLimit = 10_000;

    /// <summary>The count at which ModelBot stops sending, with a margin under <see cref="DiscordLimit"/>.</summary>
    public const int Ceiling = 9_000;

    private readonly TimeProvider _time;
    private readonly IRestLimitStore? _shared;
    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly Lock _gate = new();

    /// <summary>Creates the counter.</summary>
    /// <param name="time">Clock of the window.</param>
    /// <param name="shared">The count the bot's replicas share (Redis); null counts this process alone.</param>
    public InvalidRequestCounter(TimeProvider time, IRestLimitStore? shared = null)
    {
        _time = time;
        _shared = shared;
    }

    /// <summary>Invalid responses in the last <see cref="Window"/>.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                Prune(_time.GetUtcNow());
                return _recent.Count;
            }
        }
    }

    /// <summary>True when sending more could approach the ban.</summary>
    public bool IsExhausted => Count >= Ceiling;

    /// <summary>Records one invalid response; returns the count in the window.</summary>
    public int Record()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            Prune(now);
            _recent.Enqueue(now);
            return _recent.Count;
        }
    }

    /// <summary>True when sending more could approach the ban, counting every replica's invalid requests when shared.</summary>
    public async ValueTask<bool> IsExhaustedAsync(CancellationToken cancellationToken) =>
        IsExhausted || (_shared is not null && await _shared.InvalidCountAsync(cancellationToken) >= Ceiling);

    /// <summary>Records one invalid response here and, when shared, for every replica; returns the larger count.</summary>
    public async ValueTask<int> RecordAsync(CancellationToken cancellationToken)
    {
        var local = Record();
        return _shared is not null && await _shared.RecordInvalidAsync(cancellationToken) is { } shared ? Math.Max(local, shared) : local;
    }

    /// <summary>Whether Discord counts a response with this status and scope as invalid.</summary>
    public static bool Counts(int status, string? scope) =>
        status is 401 or 403 || (status == 429 && !string.Equals(scope, "shared", StringComparison.OrdinalIgnoreCase));

    private void Prune(DateTimeOffset now)
    {
        while (_recent.Count > 0 && now - _recent.Peek() >= Window)
        {
            _recent.Dequeue();
        }
    }
}
