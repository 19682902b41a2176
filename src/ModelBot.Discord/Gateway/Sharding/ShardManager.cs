using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelBot.Discord.Gateway.Connection;
using ModelBot.Discord.Gateway.Heartbeat;
using ModelBot.Discord.Gateway.Hosting;
using ModelBot.Discord.Gateway.Interactions;
using ModelBot.Discord.Gateway.Logging;
using ModelBot.Discord.Gateway.Protocol;
using ModelBot.Discord.Gateway.RateLimits;

namespace ModelBot.Discord.Gateway.Sharding;

/// <summary>
/// Asks GET /gateway/bot for the URL, shard count and session start limit, then runs this process's shards
/// side by side until the host stops.
/// </summary>
public sealed class ShardManager
{
    private readonly GatewayBotClient _gatewayBot;
    private readonly InteractionDispatcher _dispatcher;
    private readonly IGatewaySocketFactory _sockets;
    private readonly DiscordGatewayOptions _options;
    private readonly TimeProvider _time;
    private readonly IJitterSource _jitter;
    private readonly ILogger<ShardManager> _logger;
    private readonly IIdentifyLeaseStore? _identifyLeases;
    private readonly Telemetry.DiscordMetrics? _metrics;
    private volatile IReadOnlyList<ShardConnection> _shards = [];
    private volatile bool _finished;

    /// <summary>Creates the manager; <paramref name="identifyLeases"/> is registered only with <c>Redis:Configuration</c>.</summary>
    public ShardManager(
        GatewayBotClient gatewayBot,
        InteractionDispatcher dispatcher,
        IGatewaySocketFactory sockets,
        IOptions<DiscordGatewayOptions> options,
        TimeProvider time,
        IJitterSource jitter,
        ILogger<ShardManager> logger,
        IIdentifyLeaseStore? identifyLeases = null,
        Telemetry.DiscordMetrics? metrics = null)
    {
        _metrics = metrics;
        _identifyLeases = identifyLeases;
        _gatewayBot = gatewayBot;
        _dispatcher = dispatcher;
        _sockets = sockets;
        _options = options.Value;
        _time = time;
        _jitter = jitter;
        _logger = logger;
    }

    /// <summary>The running shards (empty before start).</summary>
    public IReadOnlyList<ShardConnection> Shards => _shards;

    /// <summary>True when every shard of this process has a live session (READY or RESUMED, socket open).</summary>
    public bool AllConnected => _shards is { Count: > 0 } shards && shards.All(shard => shard.Session.Connected);

    /// <summary>True once <see cref="RunAsync"/> returned: the gateway refused the token or every shard stopped for good.</summary>
    public bool Finished => _finished;

    /// <summary>Runs the shards until <paramref name="stoppingToken"/> fires; returns why each stopped.</summary>
    public async Task<IReadOnlyList<ShardExit>> RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await RunShardsAsync(stoppingToken);
        }
        finally
        {
            _finished = true;
        }
    }

    private async Task<IReadOnlyList<ShardExit>> RunShardsAsync(CancellationToken stoppingToken)
    {
        if (!GatewayCompressionNames.TryParse(_options.Compression, out var compression))
        {
            GatewayLog.InvalidCompression(_logger, _options.Compression);
            return [];
        }

        var bot = await FetchGatewayBotAsync(stoppingToken);
        if (bot is null)
        {
            return [];
        }

        var resolved = ShardPlan.Resolve(_options, bot.Shards);
        if (resolved.Plan is not { } plan)
        {
            GatewayLog.InvalidShardPlan(_logger, resolved.Error!);
            return [];
        }

        var limit = bot.SessionStartLimit;
        GatewayLog.Starting(_logger, string.Join(',', plan.ShardIds), plan.ShardCount, bot.Shards, limit.Remaining, limit.MaxConcurrency);
        var runtime = new ShardRuntime(_options, bot.Url, new IdentifyRateLimiter(limit, _time, CreateSharedIdentifyGate()), _dispatcher, _sockets, _time, _jitter, _logger, compression, _metrics);
        var shards = plan.ShardIds.Select(id => new ShardConnection(id, plan.ShardCount, runtime)).ToArray();
        _shards = shards;
        return await Task.WhenAll(shards.Select(shard => shard.RunAsync(stoppingToken)));
    }

    private SharedIdentifyGate? CreateSharedIdentifyGate()
    {
        if (_identifyLeases is null)
        {
            return null;
        }

        GatewayLog.SharedIdentifyEnabled(_logger);
        var owner = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Environment.MachineName}/{Environment.ProcessId}");
        return new SharedIdentifyGate(_identifyLeases, _options.BotToken, owner, _time, _logger);
    }

    private async Task<GatewayBot?> FetchGatewayBotAsync(CancellationToken stoppingToken)
    {
        var backoff = new ReconnectBackoff(_options.ReconnectBaseDelay, _options.ReconnectMaxDelay, _jitter);
        while (true)
        {
            var delay = backoff.NextDelay();
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, _time, stoppingToken);
            }

            var result = await _gatewayBot.GetAsync(stoppingToken);
            if (result.Bot is { } bot)
            {
                return bot;
            }

            if (result.IsFatal)
            {
                GatewayLog.GatewayBotFatal(_logger, result.Status, "the bot token is wrong; set Discord:BotToken");
                return null;
            }

            GatewayLog.GatewayBotRetry(_logger, result.Error ?? "unknown", delay);
        }
    }
}
