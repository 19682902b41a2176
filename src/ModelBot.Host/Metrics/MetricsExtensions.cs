using ModelBot.Commands.Delivery;
using OpenTelemetry.Metrics;

namespace ModelBot.Host.Metrics;

/// <summary>Registers and maps the OpenTelemetry metrics of every ModelBot meter.</summary>
public static class MetricsExtensions
{
    /// <summary>
    /// With <c>Metrics:Prometheus</c> true: an OpenTelemetry meter provider over every <c>ModelBot.*</c> meter (requests,
    /// latency, reply cache, deferrals, REST 429s and retries, gateway and Socket Mode connections, the dataset) with the
    /// Prometheus exporter. Off (the default), no provider is built and the instruments cost next to nothing.
    /// </summary>
    public static IHostApplicationBuilder AddModelBotMetrics(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(MetricsOptions.SectionName);
        builder.Services.AddOptions<MetricsOptions>().Bind(section);
        builder.Services.AddSingleton<DatasetMetrics>();
        if (section.GetValue<bool>(nameof(MetricsOptions.Prometheus)))
        {
            builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
                .AddMeter(ModelBotMeters.Prefix + ".*")
                .AddPrometheusExporter());
        }
        return builder;
    }

    /// <summary>Maps <c>GET /metrics</c> (Prometheus text) when <c>Metrics:Prometheus</c> is true; otherwise nothing.</summary>
    public static WebApplication MapModelBotMetrics(this WebApplication app)
    {
        // The observable dataset instruments exist once this is created.
        app.Services.GetRequiredService<DatasetMetrics>();
        if (app.Configuration.GetSection(MetricsOptions.SectionName).GetValue<bool>(nameof(MetricsOptions.Prometheus)))
        {
            app.MapPrometheusScrapingEndpoint(MetricsOptions.Route);
        }
        return app;
    }
}
