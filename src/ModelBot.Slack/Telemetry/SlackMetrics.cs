using System.Diagnostics.Metrics;
using ModelBot.Commands.Delivery;

namespace ModelBot.Slack.Telemetry;

/// <summary>
/// What the Slack adapter counts on the <see cref="MeterName"/> meter: Web API 429s and retries (by method name, a
/// fixed set) and Socket Mode connections and reconnects.
/// </summary>
public sealed class SlackMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = ModelBotMeters.Prefix + ".Slack";

    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _connects;
    private readonly Counter<long> _reconnects;

    /// <summary>Creates the instruments.</summary>
    /// <param name="meters">The host's meter factory; null creates a meter of its own.</param>
    public SlackMetrics(IMeterFactory? meters = null)
    {
        var meter = meters?.Create(MeterName) ?? new Meter(MeterName);
        _rateLimited = meter.CreateCounter<long>("modelbot.slack.api.rate_limited", "{response}", "Slack Web API 429 answers, by method.");
        _retries = meter.CreateCounter<long>("modelbot.slack.api.retries", "{request}", "Slack Web API requests sent again after a 429.");
        _connects = meter.CreateCounter<long>("modelbot.slack.socket.connects", "{connection}", "Socket Mode connections that received hello.");
        _reconnects = meter.CreateCounter<long>("modelbot.slack.socket.reconnects", "{connection}", "Socket Mode connections opened to replace an earlier one, by reason.");
    }

    /// <summary>Counts a 429 on <paramref name="method"/>; <paramref name="retried"/> when it is sent again.</summary>
    public void RateLimited(string method, bool retried)
    {
        _rateLimited.Add(1, new KeyValuePair<string, object?>("method", Method(method)));
        if (retried)
        {
            _retries.Add(1, new KeyValuePair<string, object?>("method", Method(method)));
        }
    }

    /// <summary>Counts a Socket Mode connection; <paramref name="replacing"/> names why an earlier one ended, null for the first.</summary>
    public void SocketConnected(string? replacing)
    {
        _connects.Add(1);
        if (replacing is not null)
        {
            _reconnects.Add(1, new KeyValuePair<string, object?>("reason", replacing));
        }
    }

    /// <summary>A response_url is a URL (a credential); every Web API method name is kept.</summary>
    private static string Method(string method) => method.Contains('/', StringComparison.Ordinal) ? "response_url" : method;
}
