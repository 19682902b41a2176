using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ModelBot.Discord.Gateway.Connection;
using ModelBot.Discord.Gateway.Heartbeat;
using ModelBot.Discord.Gateway.Interactions;
using ModelBot.Discord.Gateway.Sharding;

namespace ModelBot.Discord.Gateway.Hosting;

/// <summary>Registers the Discord Gateway client.</summary>
public static class DiscordGatewayServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="DiscordGatewayOptions"/> from <c>Discord:Gateway</c> (token and API base URL from
    /// <c>Discord:BotToken</c> and <c>Discord:ApiBaseUrl</c>) and adds the hosted service, which connects only
    /// when <c>Discord:Gateway:Enabled</c> is true. An <see cref="IGatewayInteractionHandler"/> must be registered.
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
        services.AddHttpClient(GatewayBotClient.HttpClientName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IJitterSource, RandomJitterSource>();
        services.TryAddSingleton<IGatewaySocketFactory, ClientWebSocketFactory>();
        services.TryAddSingleton<GatewayBotClient>();
        services.TryAddSingleton<InteractionDispatcher>();
        services.TryAddSingleton<ShardManager>();
        services.AddHostedService<DiscordGatewayService>();
        return services;
    }
}
