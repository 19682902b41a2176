using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelBot.Commands.Delivery;
using ModelBot.Discord.Gateway.Interactions;
using ModelBot.Discord.Gateway.Logging;
using ModelBot.Discord.Gateway.Sharding;

namespace ModelBot.Discord.Gateway.Hosting;

/// <summary>
/// Runs the gateway shards with the host when <c>Discord:Gateway:Enabled</c> is true. On stop, every shard
/// closes with 1000 and the service waits (bounded) for interactions still being acknowledged.
/// </summary>
public sealed class DiscordGatewayService : BackgroundService, IChatTransport
{
    private readonly ShardManager _shards;
    private readonly InteractionDispatcher _dispatcher;
    private readonly DiscordGatewayOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordGatewayService> _logger;
    private readonly DeliveryWork? _work;

    /// <summary>Creates the service.</summary>
    /// <param name="work">Abandoned by a second stop signal, which ends the drain at once; absent (a gateway-only host) the drain ends at its timeout.</param>
    public DiscordGatewayService(ShardManager shards, InteractionDispatcher dispatcher, IOptions<DiscordGatewayOptions> options, TimeProvider time, ILogger<DiscordGatewayService> logger, DeliveryWork? work = null)
    {
        _work = work;
        _shards = shards;
        _dispatcher = dispatcher;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    private volatile bool _stopping;

    /// <inheritdoc />
    public string Name => TransportNames.DiscordGateway;

    /// <inheritdoc />
    public string Platform => "discord";

    /// <inheritdoc />
    public TransportState State => _stopping ? TransportState.Stopping
        : _shards.Finished ? TransportState.Down
        : _shards.AllConnected ? TransportState.Up
        : TransportState.Connecting;

    /// <inheritdoc />
    public override Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        return base.StopAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            GatewayLog.Disabled(_logger);
            return;
        }

        try
        {
            await _shards.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await _dispatcher.DrainAsync(_options.ShutdownDrainTimeout, _time, _work?.Abandoned ?? default);
    }
}
