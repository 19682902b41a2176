using System.Diagnostics;
using System.Diagnostics.Metrics;
using ModelBot.Commands.Catalog;

namespace ModelBot.Commands.Delivery;

/// <summary>
/// What the delivery path counts, by platform, transport, command and outcome: requests, answer latency, reply-cache
/// lookups (and their hit ratio) and deferrals. Command labels are catalog names (free text is <c>ask</c>, anything
/// else <c>other</c>), so a user's input never becomes a label.
/// </summary>
public sealed class DeliveryMetrics
{
    /// <summary>The reply was computed within the budget.</summary>
    public const string Answered = "answered";

    /// <summary>The reply came from the reply cache.</summary>
    public const string Cached = "cached";

    /// <summary>Acknowledged first; the answer followed later.</summary>
    public const string Deferred = "deferred";

    /// <summary>The handler failed; the user saw "something went wrong".</summary>
    public const string Failed = "failed";

    private readonly CommandCatalog _catalog;
    private readonly Counter<long> _requests;
    private readonly Histogram<double> _latency;
    private readonly Counter<long> _cacheLookups;
    private readonly Counter<long> _deferrals;
    private long _hits;
    private long _lookups;

    /// <summary>Creates the instruments on the <see cref="ModelBotMeters.Delivery"/> meter.</summary>
    /// <param name="catalog">The command names that may be labels.</param>
    /// <param name="meters">The host's meter factory (every host builder registers one); null creates a meter of its own.</param>
    public DeliveryMetrics(CommandCatalog catalog, IMeterFactory? meters = null)
    {
        _catalog = catalog;
        var meter = meters?.Create(ModelBotMeters.Delivery) ?? new Meter(ModelBotMeters.Delivery);
        _requests = meter.CreateCounter<long>("modelbot.requests", "{request}", "Requests answered, by platform, transport, command and outcome.");
        _latency = meter.CreateHistogram<double>(
            "modelbot.answer.duration",
            "s",
            "Time from a request's arrival to its answer being ready.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 30] });
        _cacheLookups = meter.CreateCounter<long>("modelbot.reply_cache.lookups", "{lookup}", "Reply-cache lookups, by platform and result (hit or miss).");
        _deferrals = meter.CreateCounter<long>("modelbot.deferrals", "{request}", "Requests acknowledged before their answer was ready.");
        meter.CreateObservableGauge("modelbot.reply_cache.hit_ratio", HitRatio, "1", "Share of reply-cache lookups that hit, since start.");
    }

    /// <summary>Counts one request that ended with <paramref name="outcome"/>.</summary>
    public void Request(string platform, string transport, string? command, string outcome) =>
        _requests.Add(1, Tags(platform, transport, command, outcome));

    /// <summary>Records how long an answer took.</summary>
    public void Latency(string platform, string transport, string? command, TimeSpan elapsed, bool deferred) =>
        _latency.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("platform", platform), new("transport", transport), new("command", Label(command)), new("deferred", deferred));

    /// <summary>Counts a reply-cache lookup.</summary>
    public void CacheLookup(string platform, bool hit)
    {
        Interlocked.Increment(ref _lookups);
        if (hit)
        {
            Interlocked.Increment(ref _hits);
        }
        _cacheLookups.Add(1, new KeyValuePair<string, object?>("platform", platform), new("result", hit ? "hit" : "miss"));
    }

    /// <summary>Counts a deferral.</summary>
    public void Deferral(string platform, string transport, string? command) =>
        _deferrals.Add(1, new KeyValuePair<string, object?>("platform", platform), new("transport", transport), new("command", Label(command)));

    /// <summary>The command label: a catalog name, <c>ask</c> for free text, <c>other</c> otherwise.</summary>
    public string Label(string? command) => command switch
    {
        null or "" => CommandNames.Ask,
        _ when _catalog.Find(command) is not null => command,
        _ => "other",
    };

    private double HitRatio()
    {
        var lookups = Interlocked.Read(ref _lookups);
        return lookups == 0 ? 0 : (double)Interlocked.Read(ref _hits) / lookups;
    }

    private TagList Tags(string platform, string transport, string? command, string outcome) =>
        new() { { "platform", platform }, { "transport", transport }, { "command", Label(command) }, { "outcome", outcome } };
}
