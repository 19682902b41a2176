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
    /// <see cref="SlackServiceCollectionExtensions.AddSlack"/> enabled the adapter; otherwise maps nothing.
    /// </summary>
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<SlackDispatcher>() is null)
        {
            return endpoints;
        }
        endpoints.MapPost(SlashCommandEndpoint.Path, SlashCommandEndpoint.HandleAsync).WithName("slack-commands");
        endpoints.MapPost(EventsEndpoint.Path, EventsEndpoint.HandleAsync).WithName("slack-events");
        endpoints.MapPost(InteractivityEndpoint.Path, InteractivityEndpoint.HandleAsync).WithName("slack-interactivity");
        return endpoints;
    }
}
