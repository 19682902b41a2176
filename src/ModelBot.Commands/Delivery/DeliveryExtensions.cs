using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ModelBot.Commands.Delivery;

/// <summary>Registers the delivery path shared by every platform adapter.</summary>
public static class DeliveryExtensions
{
    /// <summary>
    /// Registers <see cref="AnswerDeliverer"/>, <see cref="DeliveryWork"/> (a hosted service, so shutdown waits for
    /// answers still being delivered), <see cref="DeliveryMetrics"/> and <see cref="FollowOnSteps{TTarget}"/>. Safe to
    /// call from each adapter: everything is added once.
    /// </summary>
    public static IServiceCollection AddAnswerDelivery(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Catalog.CommandCatalog>();
        services.TryAddSingleton<DeliveryMetrics>();
        services.TryAddSingleton<AnswerDeliverer>();
        if (!services.Any(service => service.ServiceType == typeof(DeliveryWork)))
        {
            services.AddSingleton<DeliveryWork>();
            services.AddHostedService(provider => provider.GetRequiredService<DeliveryWork>());
        }
        services.TryAddSingleton(typeof(FollowOnSteps<>));
        return services;
    }
}
