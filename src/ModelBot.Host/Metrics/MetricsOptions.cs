namespace ModelBot.Host.Metrics;

/// <summary>Settings under <c>Metrics</c>.</summary>
public sealed class MetricsOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Metrics";

    /// <summary>The scrape route.</summary>
    public const string Route = "/metrics";

    /// <summary>Serve <c>GET /metrics</c> in the Prometheus text format (off by default: the route tells anyone who can reach the port how busy the bot is).</summary>
    public bool Prometheus { get; set; }
}
