using System.Diagnostics.Metrics;
using ModelBot.Commands.Delivery;
using ModelBot.Core.Loading;

namespace ModelBot.Host.Metrics;

/// <summary>
/// The dataset in service, observed when metrics are collected: its version, whether the last reload failed, and how
/// many failed reloads have been observed (each failure has its own time; two failures between two collections count
/// as one).
/// </summary>
public sealed class DatasetMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = ModelBotMeters.Prefix + ".Dataset";

    private readonly IDatasetProvider _dataset;
    private readonly Lock _gate = new();
    private DateTimeOffset? _lastFailureSeen;
    private long _failures;

    /// <summary>Creates the observable instruments.</summary>
    public DatasetMetrics(IDatasetProvider dataset, IMeterFactory meters)
    {
        _dataset = dataset;
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("modelbot.dataset.version", () => (long)_dataset.Version, "{version}", "The dataset version in service (0: none).");
        meter.CreateObservableGauge("modelbot.dataset.reload_failed", () => _dataset.LastError is null ? 0 : 1, "1", "1 while the last reload failed and the previous version still answers.");
        meter.CreateObservableCounter("modelbot.dataset.reload_failures", Failures, "{reload}", "Failed reloads observed since start.");
    }

    private long Failures()
    {
        lock (_gate)
        {
            if (_dataset.LastError is { } failure && failure.At != _lastFailureSeen)
            {
                _lastFailureSeen = failure.At;
                _failures++;
            }
            return _failures;
        }
    }
}
