using Microsoft.Extensions.Diagnostics.HealthChecks;
using ModelBot.Core.Loading;

namespace ModelBot.Host.Health;

/// <summary>Ready while a dataset is in service (degraded after a failed reload: the previous version still answers).</summary>
public sealed class DatasetHealthCheck(IDatasetProvider dataset) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = dataset.GetStatus();
        return Task.FromResult(
            !status.Loaded ? HealthCheckResult.Unhealthy("no dataset is in service")
            : status.LastError is { } failure ? HealthCheckResult.Degraded($"version {status.Version} in service; the reload at {failure.At:O} failed with {failure.Errors.Count} errors")
            : HealthCheckResult.Healthy($"version {status.Version} in service"));
    }
}
