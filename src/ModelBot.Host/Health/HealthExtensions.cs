using ModelBot.Commands.Requests;

namespace ModelBot.Host.Health;

/// <summary>Registers and maps <c>GET /healthz</c>.</summary>
public static class HealthExtensions
{
    /// <summary>The liveness and dataset status route.</summary>
    public const string Route = "/healthz";

    /// <summary>Adds the JSON context the health endpoint writes with.</summary>
    public static IServiceCollection AddModelBotHealth(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Add(HealthJsonContext.Default));

    /// <summary>Maps <c>GET /healthz</c>: liveness, the running adapters and the dataset status.</summary>
    public static IEndpointRouteBuilder MapModelBotHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, (TimeProvider time, IEnumerable<IChatAdapter> adapters) =>
                TypedResults.Ok(new HealthReport("ok", time.GetUtcNow(), [.. adapters.Select(adapter => adapter.Name)])))
            .WithName("Health");
        return endpoints;
    }
}
