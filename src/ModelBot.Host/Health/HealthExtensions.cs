using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ModelBot.Commands.Delivery;
using ModelBot.Commands.Requests;
using ModelBot.Core.Loading;

namespace ModelBot.Host.Health;

/// <summary>Registers the health checks and maps <c>GET /healthz</c>, <c>/health/live</c> and <c>/health/ready</c>.</summary>
public static class HealthExtensions
{
    /// <summary>The liveness and dataset status route (JSON).</summary>
    public const string Route = "/healthz";

    /// <summary>Liveness: 200 while the process serves requests at all (restart it when this fails).</summary>
    public const string LiveRoute = "/health/live";

    /// <summary>Readiness: 200 while a dataset is in service and every configured transport is up (route traffic here).</summary>
    public const string ReadyRoute = "/health/ready";

    private const string ReadyTag = "ready";

    /// <summary>Registers the readiness checks: the dataset and the transports.</summary>
    public static IServiceCollection AddModelBotHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatasetHealthCheck>("dataset", tags: [ReadyTag])
            .AddCheck<TransportsHealthCheck>("transports", tags: [ReadyTag]);
        return services;
    }

    /// <summary>
    /// Maps <c>GET /healthz</c>: the status, the running adapters and their states, and the dataset in service. 200 while
    /// a dataset answers (status <c>ok</c>, or <c>degraded</c> after a failed reload), 503 when none does. Maps the
    /// ASP.NET Core health checks: <c>/health/live</c> runs none, <c>/health/ready</c> runs the dataset and transport checks.
    /// </summary>
    public static IEndpointRouteBuilder MapModelBotHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, (TimeProvider time, IDatasetProvider dataset, IEnumerable<IChatAdapter> adapters) =>
            {
                var status = dataset.GetStatus();
                var running = adapters.ToArray();
                var report = new HealthReport(
                    HealthStatus.For(status),
                    time.GetUtcNow(),
                    [.. running.Select(adapter => adapter.Name)],
                    status,
                    [.. running.Select(adapter => new TransportStatus(adapter.Name, State(adapter)))]);
                return TypedResults.Json(
                    report,
                    HealthJsonContext.Default.HealthReport,
                    statusCode: status.Loaded ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
            })
            .WithName("Health");
        endpoints.MapHealthChecks(LiveRoute, new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks(ReadyRoute, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResultStatusCodes =
            {
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy] = StatusCodes.Status200OK,
                // A failed reload still serves the previous dataset: ready.
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded] = StatusCodes.Status200OK,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return endpoints;
    }

    /// <summary>A transport's state; the console (no transport state) is up while it runs.</summary>
    private static string State(IChatAdapter adapter) =>
        (adapter is IChatTransport transport ? transport.State : TransportState.Up).ToString().ToLowerInvariant();
}
