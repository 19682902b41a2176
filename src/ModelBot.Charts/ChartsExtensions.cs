using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ModelBot.Charts.Caching;
using ModelBot.Commands.Rendering;

namespace ModelBot.Charts;

/// <summary>Registers ModelBot.Charts' services.</summary>
public static class ChartsExtensions
{
    /// <summary>
    /// Registers <see cref="AnswerChartRenderer"/> as the <see cref="IAnswerChart"/> and its cache, with options bound
    /// from the host configuration's <c>Charts</c> section.
    /// </summary>
    public static IServiceCollection AddModelBotCharts(this IServiceCollection services)
    {
        services.AddOptions<ChartsOptions>().BindConfiguration(ChartsOptions.SectionName);
        services.TryAddSingleton<ChartCache>();
        services.TryAddSingleton<AnswerChartRenderer>();
        services.TryAddSingleton<IAnswerChart>(provider => provider.GetRequiredService<AnswerChartRenderer>());
        return services;
    }
}
