using ModelBot.Commands.Requests;
using ModelBot.Core.Loading;

namespace ModelBot.Host.Health;

/// <summary>Registers and maps <c>GET /healthz</c>.</summary>
public static class HealthExtensions
{
    /// <summary>The liveness and dataset status route.</summary>
    public const string Route = "/healthz";

    /// <summary>
    /// Maps <c>GET /healthz</c>: the status, the running adapters and the dataset in service. 200 while a dataset
    /// answers (status <c>ok</c>, or <c>degraded</c> after a failed reload), 503 when none does.
    /// </summary>
    public static IEndpointRouteBuilder MapModelBotHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, (TimeProvider time, IDatasetProvider dataset, IEnumerable<IChatAdapter> adapters) =>
            {
                var status = dataset.GetStatus();
                var report = new HealthReport(HealthStatus.For(status), time.GetUtcNow(), [.. adapters.Select(adapter => adapter.Name)], status);
                return TypedResults.Json(
                    report,
                    HealthJsonContext.Default.HealthReport,
                    statusCode: status.Loaded ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
            })
            .WithName("Health");
        return endpoints;
    }
}
