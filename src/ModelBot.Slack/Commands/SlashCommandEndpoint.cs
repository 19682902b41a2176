using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ModelBot.Commands.Delivery;
using ModelBot.Slack.Dispatch;
using ModelBot.Slack.Security;

namespace ModelBot.Slack.Commands;

/// <summary><c>POST /slack/commands</c>: verified form → slash command → the answer, or an empty 200 when it follows on response_url.</summary>
public static class SlashCommandEndpoint
{
    /// <summary>The route.</summary>
    public const string Path = "/slack/commands";

    /// <summary>Handles one request with the request's services.</summary>
    public static Task HandleAsync(HttpContext context) => HandleAsync(context, context.RequestServices);

    /// <summary>
    /// Handles one request with the adapter's singletons from <paramref name="services"/> (the application's root
    /// provider, so that no request scope is created).
    /// </summary>
    public static async Task HandleAsync(HttpContext context, IServiceProvider services)
    {
        var body = await services.GetRequiredService<SlackRequestGate>().PassAsync(context);
        if (body is null)
        {
            return;
        }
        var command = SlashCommandForm.Parse(body);
        var dispatcher = services.GetRequiredService<SlackDispatcher>();
        var reply = await dispatcher.HandleSlashCommandAsync(command, TransportNames.SlackHttp);
        if (reply.Delivered is not null)
        {
            context.Response.OnCompleted(() =>
            {
                dispatcher.Acknowledged(reply);
                return Task.CompletedTask;
            });
        }
        await WriteAsync(context.Response, reply);
    }

    /// <summary>Writes <paramref name="reply"/> as the 200 response (an empty body when there is no message).</summary>
    public static Task WriteAsync(HttpResponse response, SlashCommandReply reply)
    {
        response.StatusCode = StatusCodes.Status200OK;
        if (reply.IsEmpty)
        {
            return Task.CompletedTask;
        }
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = reply.Json.Length;
        return response.BodyWriter.WriteAsync(reply.Json, response.HttpContext.RequestAborted).AsTask();
    }
}
