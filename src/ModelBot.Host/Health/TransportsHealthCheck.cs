using Microsoft.Extensions.Diagnostics.HealthChecks;
using ModelBot.Commands.Delivery;
using ModelBot.Commands.Requests;

namespace ModelBot.Host.Health;

/// <summary>Ready when every configured transport is up (a shard or socket still connecting, one stopped for good, or a host stopping is not).</summary>
public sealed class TransportsHealthCheck(IEnumerable<IChatAdapter> adapters) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var notUp = adapters.OfType<IChatTransport>().Where(transport => transport.State != TransportState.Up)
            .Select(transport => $"{transport.Name} {transport.State.ToString().ToLowerInvariant()}")
            .ToArray();
        return Task.FromResult(notUp.Length == 0
            ? HealthCheckResult.Healthy("every configured transport is up")
            : HealthCheckResult.Unhealthy(string.Join(", ", notUp)));
    }
}
