using System.Diagnostics.Metrics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ModelBot.Commands.Caching;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Delivery;
using ModelBot.Commands.Requests;
using ModelBot.Core.Loading;
using ModelBot.Commands.Tests.Support;

namespace ModelBot.Commands.Tests.Delivery;

/// <summary>An <see cref="AnswerDeliverer"/> over a scripted handler, fake time, a real reply cache, and the metrics it records.</summary>
internal sealed class DeliveryHarness : IDisposable
{
    private readonly ServiceProvider _metricsServices;
    private readonly MeterListener _listener = new();
    private readonly List<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = [];

    public DeliveryHarness(int cacheEntries = 16)
    {
        _metricsServices = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = _metricsServices.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, meters))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
        Cache = new ReplyCache(new FixedDatasetProvider(SmallDataset.Create()), Options.Create(new AnswersOptions { CacheEntries = cacheEntries }), NullLogger<ReplyCache>.Instance);
        Deliverer = new AnswerDeliverer(Handler, new DeliveryMetrics(new CommandCatalog(), meters), Time, NullLogger<AnswerDeliverer>.Instance, Cache);
    }

    public ScriptedHandler Handler { get; } = new();

    public FakeTimeProvider Time { get; } = new();

    public ReplyCache Cache { get; }

    public AnswerDeliverer Deliverer { get; }

    public IReadOnlyList<(string Instrument, double Value, Dictionary<string, object?> Tags)> Measurements
    {
        get
        {
            lock (_measurements)
            {
                return [.. _measurements];
            }
        }
    }

    public static DeliveryRequest Request(string? cacheKey = "slack|reply|benchmark|arc", TimeSpan? budget = null) => new()
    {
        Request = new ChatRequest { Platform = "slack", Command = "benchmark", Text = "arc-agi-2" },
        Transport = TransportNames.SlackHttp,
        Reference = "1234",
        CacheKey = cacheKey,
        Budget = budget ?? TimeSpan.FromSeconds(2),
        Render = answer => Encoding.UTF8.GetBytes("reply: " + answer.Title),
    };

    public static string Text(ReadOnlyMemory<byte> reply) => Encoding.UTF8.GetString(reply.Span);

    public void Dispose()
    {
        _listener.Dispose();
        _metricsServices.Dispose();
    }

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }
        lock (_measurements)
        {
            _measurements.Add((instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), copy));
        }
    }
}
