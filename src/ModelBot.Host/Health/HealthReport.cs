namespace ModelBot.Host.Health;

/// <summary>The body of <c>GET /healthz</c>.</summary>
/// <param name="Status">"ok" while the process serves requests.</param>
/// <param name="CheckedAt">When the report was made.</param>
/// <param name="Adapters">Names of the chat adapters running in this host (console, discord-http, slack-http, ...).</param>
public sealed record HealthReport(string Status, DateTimeOffset CheckedAt, IReadOnlyList<string> Adapters);
