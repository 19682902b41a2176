using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ModelBot.Commands.Delivery;
using ModelBot.Commands.Requests;
using ModelBot.Slack.Dispatch;
using ModelBot.Slack.Events;
using ModelBot.Slack.Options;
using ModelBot.Slack.Security;
using ModelBot.Slack.SocketMode;
using ModelBot.Slack.Telemetry;
using ModelBot.Slack.WebApi;
using StackExchange.Redis;

namespace ModelBot.Slack;

/// <summary>Registers the Slack adapter (eShop style: one extension per project).</summary>
public static class SlackServiceCollectionExtensions
{
    /// <summary>The configuration key of a Redis connection string; when set, event de-duplication is shared in Redis.</summary>
    public const string RedisConfigurationKey = "Redis:Configuration";

    /// <summary>
    /// Adds the Slack adapter when configuration holds Slack credentials (otherwise nothing): options validated at
    /// start, the Web API client, the dispatch path, the event worker, and the Socket Mode client when enabled.
    /// The host registers the <see cref="ModelBot.Commands.Requests.IChatRequestHandler"/>.
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        if (!SlackConfiguration.IsConfigured(configuration))
        {
            return services;
        }
        services.AddOptions<SlackOptions>().Bind(configuration.GetSection(SlackOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(SlackApiClient.HttpClientName, (provider, http) =>
        {
            var baseUrl = provider.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl;
            http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
            http.Timeout = TimeSpan.FromSeconds(30);
        })
            // A redirect from a response_url could lead the answer anywhere; Slack's Web API never redirects.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .RemoveAllLoggers(); // response_url and Socket Mode URLs are credentials; SlackApiClient logs without them.

        services.TryAddSingleton<SlackMetrics>();
        services.TryAddSingleton<SlackApiClient>();
        services.TryAddSingleton<SlackSignatureVerifier>();
        services.TryAddSingleton<SlackRequestReader>();
        services.TryAddSingleton<SlackRequestGate>();
        services.TryAddSingleton<SlackAnswerComposer>();
        services.TryAddSingleton<ResponseUrlLedger>();
        services.AddAnswerDelivery();
        services.TryAddSingleton<SlackEventQueue>();
        services.TryAddSingleton<SlackBotIdentity>();
        services.TryAddSingleton<AppMentionHandler>();
        services.TryAddSingleton<SlackEventProcessor>();
        services.TryAddSingleton<SlackDispatcher>();
        services.AddHostedService<SlackEventWorker>();
        AddDeduplicator(services, configuration);

        if (SlackConfiguration.IsHttpConfigured(configuration))
        {
            services.TryAddSingleton<SlackHttpTransport>();
            services.AddHostedService(provider => provider.GetRequiredService<SlackHttpTransport>());
            services.AddSingleton<IChatAdapter>(provider => provider.GetRequiredService<SlackHttpTransport>());
        }
        if (SlackConfiguration.IsSocketModeEnabled(configuration))
        {
            services.TryAddSingleton<ISocketModeSocketFactory, ClientWebSocketFactory>();
            services.TryAddSingleton<SocketModeEnvelopeRouter>();
            services.TryAddSingleton<SocketModeClient>();
            services.AddHostedService(provider => provider.GetRequiredService<SocketModeClient>());
            services.AddSingleton<IChatAdapter>(provider => provider.GetRequiredService<SocketModeClient>());
        }
        return services;
    }

    private static void AddDeduplicator(IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration[RedisConfigurationKey];
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.TryAddSingleton<IEventDeduplicator, InMemoryEventDeduplicator>();
            return;
        }
        services.TryAddSingleton<IConnectionMultiplexer>(_ => RedisConnector.Connect(redis));
        services.TryAddSingleton<IEventDeduplicator, RedisEventDeduplicator>();
    }
}
