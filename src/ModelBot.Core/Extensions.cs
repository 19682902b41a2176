using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ModelBot.Core.Loading;
using ModelBot.Core.Queries;

namespace ModelBot.Core;

/// <summary>Registers ModelBot.Core's services.</summary>
public static class Extensions
{
    /// <summary>
    /// Registers the dataset (options <c>Data:Path</c>, <c>Data:Watch</c>, validated at start), the file-backed
    /// <see cref="IDatasetProvider"/>, the <see cref="DatasetWatcher"/> hosted service (loads at start-up and reloads
    /// on change) and the <see cref="QueryService"/>.
    /// </summary>
    public static IServiceCollection AddModelBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DataOptions>()
            .Bind(configuration.GetSection(DataOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DataOptions>, DataOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DatasetLoader>();
        services.TryAddSingleton<FileDatasetProvider>();
        services.TryAddSingleton<IDatasetProvider>(provider => provider.GetRequiredService<FileDatasetProvider>());
        services.TryAddSingleton<QueryService>();
        services.AddHostedService<DatasetWatcher>();
        return services;
    }
}
