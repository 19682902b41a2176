using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ModelBot.Discord.Gateway.Connection;
using ModelBot.Discord.Gateway.Heartbeat;
using ModelBot.Discord.Gateway.Interactions;
using ModelBot.Discord.Gateway.RateLimits;
using ModelBot.Discord.Gateway.Sharding;
using ModelBot.Commands.Requests;
using ModelBot.Discord.Settings;
using StackExchange.Redis;

namespace ModelBot.Discord.Gateway.Hosting;

/// <summary>Registers the Discord Gateway client.</summary>
public static class DiscordGatewayServiceCollectionExtensions
{
    /// <summary>The configuration key of the Redis connection string shared by the adapters.</summary>
    public const string RedisConfigurationKey = "Redis:Configuration";

    /// <summary>
    /// Binds <see cref="DiscordGatewayOptions"/> from <c>Discord:Gateway</c> (token and API base URL from
    /// <c>Discord:BotToken</c> and <c>Discord:ApiBaseUrl</c>) and adds the hosted service, which connects only
    /// when <c>Discord:Gateway:Enabled</c> is true. An <see cref="IGatewayInteractionHandler"/> must be registered.
    /// With <c>Redis:Configuration</c> the identify limit is shared with the bot's other processes.
    /// </summary>
    public static IServiceCollection AddDiscordGateway(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiscordGatewayOptions>()
            .Bind(configuration.GetSection(DiscordGatewayOptions.SectionName))
            .Configure(options =>
            {
                var discord = configuration.GetSection("Discord");
                options.BotToken = discord["BotToken"] ?? options.BotToken;
                options.ApiBaseUrl = discord["ApiBaseUrl"] ?? options.ApiBaseUrl;
            });
        // GET /gateway/bot goes through the bot's one REST client and its rate limiter.
        services.AddDiscordRegistration(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IJitterSource, RandomJitterSource>();
        services.TryAddSingleton<IGatewaySocketFactory, ClientWebSocketFactory>();
        services.TryAddSingleton<GatewayBotClient>();
        services.TryAddSingleton<InteractionDispatcher>();
        AddSharedIdentifyLimit(services, configuration);
        services.TryAddSingleton<ShardManager>();
        services.TryAddSingleton<DiscordGatewayService>();
        services.AddHostedService(provider => provider.GetRequiredService<DiscordGatewayService>());
        if (DiscordSettings.IsGatewayEnabled(configuration))
        {
            services.AddSingleton<IChatAdapter>(provider => provider.GetRequiredService<DiscordGatewayService>());
        }
        return services;
    }

    /// <summary>
    /// With <c>Redis:Configuration</c> and the gateway enabled, identify slots are shared across processes. The
    /// Redis connection is registered exactly as the Slack adapter registers it (TryAdd, same key), so a host
    /// running both has one connection, whichever adapter registers first.
    /// </summary>
    private static void AddSharedIdentifyLimit(IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration[RedisConfigurationKey];
        if (string.IsNullOrWhiteSpace(redis) || !DiscordSettings.IsGatewayEnabled(configuration))
        {
            return;
        }

        services.TryAddSingleton<IConnectionMultiplexer>(_ => RedisConnector.Connect(redis));
        services.TryAddSingleton<IIdentifyLeaseStore>(provider => new RedisIdentifyLeaseStore(provider.GetRequiredService<IConnectionMultiplexer>));
    }
}
