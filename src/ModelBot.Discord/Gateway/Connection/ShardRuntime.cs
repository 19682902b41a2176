using Microsoft.Extensions.Logging;
using ModelBot.Discord.Gateway.Heartbeat;
using ModelBot.Discord.Gateway.Hosting;
using ModelBot.Discord.Gateway.Interactions;
using ModelBot.Discord.Gateway.Protocol;
using ModelBot.Discord.Gateway.RateLimits;

namespace ModelBot.Discord.Gateway.Connection;

/// <summary>What all shards of one process share.</summary>
/// <param name="Options">Gateway settings (token, intents, backoff).</param>
/// <param name="GatewayUrl">The url from GET /gateway/bot.</param>
/// <param name="IdentifyLimiter">Session start limit, shared by all shards.</param>
/// <param name="Dispatcher">Where INTERACTION_CREATE goes.</param>
/// <param name="Sockets">Opens sockets.</param>
/// <param name="Time">Clock.</param>
/// <param name="Jitter">Randomness for heartbeat and backoff.</param>
/// <param name="Logger">Log.</param>
/// <param name="Compression">Transport compression every connection asks for (each gets its own zlib context).</param>
/// <param name="Metrics">Counts connections and reconnects.</param>
public sealed record ShardRuntime(
    DiscordGatewayOptions Options,
    string GatewayUrl,
    IdentifyRateLimiter IdentifyLimiter,
    InteractionDispatcher Dispatcher,
    IGatewaySocketFactory Sockets,
    TimeProvider Time,
    IJitterSource Jitter,
    ILogger Logger,
    GatewayCompression Compression = GatewayCompression.None,
    Telemetry.DiscordMetrics? Metrics = null);
