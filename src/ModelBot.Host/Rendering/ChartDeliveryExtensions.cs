using Microsoft.Extensions.DependencyInjection.Extensions;
using ModelBot.Charts;
using ModelBot.Commands.Delivery;
using ModelBot.Discord.Charts;
using ModelBot.Discord.Interactions;
using ModelBot.Slack.Charts;
using ModelBot.Slack.Dispatch;

namespace ModelBot.Host.Rendering;

/// <summary>Wires answer charts into the platforms' delivery: the host is the one project that knows both the charts and the adapters.</summary>
public static class ChartDeliveryExtensions
{
    /// <summary>
    /// Registers the charts and the follow-on steps that add them once an answer's text is delivered: Discord's
    /// multipart edit of <c>@original</c> and Slack's file upload into the answer's thread. With <c>Charts:Enabled</c>
    /// false the steps find no chart and do nothing.
    /// </summary>
    public static IServiceCollection AddChartDelivery(this IServiceCollection services)
    {
        services.AddModelBotCharts();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerFollowOn<DiscordReplyTarget>, DiscordChartFollowOn>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerFollowOn<SlackReplyTarget>, SlackChartUpload>());
        return services;
    }
}
