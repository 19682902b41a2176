using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ModelBot.Slack.Commands;
using ModelBot.Slack.Dispatch;
using ModelBot.Slack.Events;
using ModelBot.Slack.Interactivity;

namespace ModelBot.Slack;

/// <summary>Maps the Slack HTTP endpoints.</summary>
public static class SlackEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST /slack/commands</c>, <c>/slack/events</c> and <c>/slack/interactivity</c> when
    /// <see cref="SlackServiceCollectionExtensions.AddSlack"/> enabled the HTTP transport (see
    /// <see cref="Options.SlackConfiguration.IsHttpConfigured"/>); otherwise maps nothing.
    /// </summary>
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        if (services.GetService<SlackHttpTransport>() is null)
        {
            return endpoints;
        }
        // The endpoints need only singletons: resolving them from the root provider spares every request a scope.
        endpoints.MapPost(SlashCommandEndpoint.Path, context => SlashCommandEndpoint.HandleAsync(context, services)).WithName("slack-commands");
        endpoints.MapPost(EventsEndpoint.Path, context => EventsEndpoint.HandleAsync(context, services)).WithName("slack-events");
        endpoints.MapPost(InteractivityEndpoint.Path, context => InteractivityEndpoint.HandleAsync(context, services)).WithName("slack-interactivity");
        return endpoints;
    }
}
