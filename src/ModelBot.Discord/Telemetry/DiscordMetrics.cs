using System.Diagnostics.Metrics;
using ModelBot.Commands.Delivery;
using ModelBot.Discord.Rest;

namespace ModelBot.Discord.Telemetry;

/// <summary>
/// What the Discord adapter counts on the <see cref="MeterName"/> meter: REST 429s and retries (by kind of endpoint,
/// never by path, which may hold a token) and gateway connections (identify or resume) and reconnects.
/// </summary>
public sealed class DiscordMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = ModelBotMeters.Prefix + ".Discord";

    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _connects;
    private readonly Counter<long> _reconnects;

    /// <summary>Creates the instruments.</summary>
    /// <param name="meters">The host's meter factory; null creates a meter of its own.</param>
    public DiscordMetrics(IMeterFactory? meters = null)
    {
        var meter = meters?.Create(MeterName) ?? new Meter(MeterName);
        _rateLimited = meter.CreateCounter<long>("modelbot.discord.rest.rate_limited", "{response}", "Discord REST 429 answers, by endpoint kind and scope (global or bucket).");
        _retries = meter.CreateCounter<long>("modelbot.discord.rest.retries", "{request}", "Discord REST requests sent again after a 429 or a 502–504.");
        _connects = meter.CreateCounter<long>("modelbot.discord.gateway.connects", "{connection}", "Gateway connections opened, by kind (identify or resume).");
        _reconnects = meter.CreateCounter<long>("modelbot.discord.gateway.reconnects", "{connection}", "Gateway connections opened after an earlier one of the same shard ended.");
    }

    /// <summary>Counts a 429.</summary>
    public void RateLimited(DiscordRestRequest request, bool global) =>
        _rateLimited.Add(1, new KeyValuePair<string, object?>("endpoint", EndpointKind(request)), new("scope", global ? "global" : "bucket"));

    /// <summary>Counts a retry, with its reason (<c>429</c> or <c>unavailable</c>).</summary>
    public void Retry(DiscordRestRequest request, string reason) =>
        _retries.Add(1, new KeyValuePair<string, object?>("endpoint", EndpointKind(request)), new("reason", reason));

    /// <summary>Counts a gateway connection of a shard; <paramref name="reconnect"/> when the shard was connected before.</summary>
    public void GatewayConnect(bool resuming, bool reconnect)
    {
        _connects.Add(1, new KeyValuePair<string, object?>("kind", resuming ? "resume" : "identify"));
        if (reconnect)
        {
            _reconnects.Add(1, new KeyValuePair<string, object?>("kind", resuming ? "resume" : "identify"));
        }
    }

    private static string EndpointKind(DiscordRestRequest request) =>
        request.Path.StartsWith("/interactions/", StringComparison.Ordinal) ? "interaction-callback"
        : request.Path.StartsWith("/webhooks/", StringComparison.Ordinal) ? "webhook"
        : "bot";
}
