using Microsoft.Extensions.DependencyInjection.Extensions;
using ModelBot.Charts;
using ModelBot.Commands.Json;

namespace ModelBot.Host.Formats;

/// <summary>Registers the answer formats of <c>modelbot ask</c> and the console adapter.</summary>
public static class FormatsExtensions
{
    /// <summary>Adds every <see cref="IAnswerFormatter"/>, the <see cref="AnswerFormatterCatalog"/> and the answer charts.</summary>
    public static IServiceCollection AddAnswerFormats(this IServiceCollection services)
    {
        services.AddModelBotCharts();
        services.TryAddSingleton<AnswerJson>();
        services.TryAddSingleton<AnswerFormatterCatalog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerFormatter, TextAnswerFormatter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerFormatter, JsonAnswerFormatter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerFormatter, DiscordAnswerFormatter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerFormatter, SlackAnswerFormatter>());
        return services;
    }
}
