using ModelBot.Core.Loading;

namespace ModelBot.Host.Health;

/// <summary>The body of <c>GET /healthz</c>.</summary>
/// <param name="Status"><see cref="HealthStatus.Ok"/>, <see cref="HealthStatus.Degraded"/> or <see cref="HealthStatus.Unavailable"/>.</param>
/// <param name="CheckedAt">When the report was made.</param>
/// <param name="Adapters">Names of the chat adapters running in this host (console, discord-http, slack-http, ...).</param>
/// <param name="Dataset">The dataset in service: version, load time, counts and the last failed reload.</param>
/// <param name="Transports">Each adapter's state (readiness waits for every one to be <c>up</c>).</param>
public sealed record HealthReport(string Status, DateTimeOffset CheckedAt, IReadOnlyList<string> Adapters, DatasetStatus Dataset, IReadOnlyList<TransportStatus> Transports);
