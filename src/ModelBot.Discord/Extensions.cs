using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ModelBot.Commands.Catalog;
using ModelBot.Commands.Delivery;
using ModelBot.Commands.Requests;
using ModelBot.Discord.Gateway.Hosting;
using ModelBot.Discord.Gateway.Interactions;
using ModelBot.Discord.Interactions;
using ModelBot.Discord.Interactions.Http;
using ModelBot.Discord.Settings;
using ModelBot.Discord.Registration;
using ModelBot.Discord.Gateway.RateLimits;
using ModelBot.Discord.Rest;
using ModelBot.Discord.Telemetry;
using StackExchange.Redis;

namespace ModelBot.Discord;

/// <summary>Registers the HTTP side of the Discord adapter (eShop-style <c>Add…</c>/<c>Map…</c> pair).</summary>
public static class Extensions
{
    /// <summary>
    /// Registers the interactions endpoint's services, the REST client, command registration and the gateway's
    /// <see cref="IGatewayInteractionHandler"/>. When <c>Discord:PublicKey</c> or <c>Discord:ApplicationId</c> is set,
    /// <see cref="DiscordOptions"/> are validated at start (one message naming each wrong setting) and
    /// <c>Discord:RegisterOnStart</c> registers the catalog. Needs an <c>IChatRequestHandler</c> and the dataset
    /// (<c>IDatasetProvider</c>) from the other layers.
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDiscordRegistration(configuration);
        var options = services.AddOptions<DiscordOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        if (DiscordSettings.IsHttpInteractionsConfigured(configuration))
        {
            options.ValidateOnStart();
            services.AddHostedService<RegisterOnStartService>();
            services.TryAddSingleton<DiscordHttpTransport>();
            services.AddHostedService(provider => provider.GetRequiredService<DiscordHttpTransport>());
            services.AddSingleton<IChatAdapter>(provider => provider.GetRequiredService<DiscordHttpTransport>());
        }

        services.AddAnswerDelivery();
        services.TryAddSingleton<AutocompleteResponder>();
        services.TryAddSingleton<InteractionProcessor>();
        services.TryAddSingleton<InteractionCallbackSender>();
        services.TryAddSingleton<InteractionFollowUps>();
        services.TryAddSingleton<InteractionsEndpoint>();
        services.TryAddSingleton<IGatewayInteractionHandler, GatewayInteractionResponder>();
        services.AddDiscordGateway(configuration);
        return services;
    }

    /// <summary>
    /// Registers only what <c>modelbot discord register</c> needs: options (bound, not validated as a whole, so the
    /// public key is not required), the rate-limited REST client and the <see cref="CommandRegistrar"/>.
    /// </summary>
    public static IServiceCollection AddDiscordRegistration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiscordOptions>().Bind(configuration.GetSection(DiscordOptions.SectionName));
        // The factory's own loggers print every request URI, and a webhook or callback URI holds the interaction token:
        // DiscordRestClient logs each call itself, with the token redacted.
        services.AddHttpClient(DiscordRestClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30)).RemoveAllLoggers();
        services.TryAddSingleton(TimeProvider.System);
        if (configuration[RedisConnector.ConfigurationKey] is { Length: > 0 } redis && !string.IsNullOrWhiteSpace(redis))
        {
            services.TryAddSingleton<IConnectionMultiplexer>(_ => RedisConnector.Connect(redis));
            services.TryAddSingleton<IRestLimitStore>(provider => ActivatorUtilities.CreateInstance<RedisRestLimitStore>(provider, (Func<IConnectionMultiplexer>)provider.GetRequiredService<IConnectionMultiplexer>));
        }
        services.TryAddSingleton<DiscordMetrics>();
        services.TryAddSingleton<RestRateLimiter>();
        services.TryAddSingleton<InvalidRequestCounter>();
        services.TryAddSingleton<DiscordRestClient>();
        services.TryAddSingleton<CommandCatalog>();
        services.TryAddSingleton<CommandRegistrar>();
        return services;
    }

    /// <summary>
    /// Maps <c>POST /discord/interactions</c> when <c>Discord:PublicKey</c> or <c>Discord:ApplicationId</c> is set;
    /// otherwise maps nothing (the adapter is off).
    /// </summary>
    public static IEndpointRouteBuilder MapDiscord(this IEndpointRouteBuilder endpoints)
    {
        var configuration = endpoints.ServiceProvider.GetRequiredService<IConfiguration>();
        if (!DiscordSettings.IsHttpInteractionsConfigured(configuration))
        {
            return endpoints;
        }
        // A singleton from the root provider: no request scope is created per interaction.
        var services = endpoints.ServiceProvider;
        endpoints.MapPost(InteractionsEndpoint.Route, context => services.GetRequiredService<InteractionsEndpoint>().HandleAsync(context))
            .WithName("DiscordInteractions");
        return endpoints;
    }
}
