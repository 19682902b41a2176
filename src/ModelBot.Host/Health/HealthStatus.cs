using ModelBot.Core.Loading;

namespace ModelBot.Host.Health;

/// <summary>The values of <see cref="HealthReport.Status"/>.</summary>
public static class HealthStatus
{
    /// <summary>A dataset is in service and the last reload (if any) succeeded.</summary>
    public const string Ok = "ok";

    /// <summary>A dataset is in service, but the last reload failed: the previous version still answers.</summary>
    public const string Degraded = "degraded";

    /// <summary>No dataset is in service (HTTP 503).</summary>
    public const string Unavailable = "unavailable";

    /// <summary>The status a dataset state maps to.</summary>
    public static string For(DatasetStatus dataset) => !dataset.Loaded ? Unavailable : dataset.LastError is null ? Ok : Degraded;
}
