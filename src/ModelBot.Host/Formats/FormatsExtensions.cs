using Microsoft.Extensions.DependencyInjection.Extensions;
using ModelBot.Commands.Json;

namespace ModelBot.Host.Formats;

/// <summary>Registers the answer formats of <c>modelbot ask</c> and the console adapter.</summary>
public static class FormatsExtensions
{
    /// <summary>Adds every <see cref="IAnswerFormatter"/> and the <see cref="AnswerFormatterCatalog"/>.</summary>
    public static IServiceCollection AddAnswerFormats(this IServiceCollection services)
    {
        services.TryAddSingleton<AnswerJson>();
        services.TryAddSingleton<AnswerFormatterCatalog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerFormatter, JsonAnswerFormatter>());
        return services;
    }
}
