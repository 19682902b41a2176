using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ModelBot.Commands.Delivery;
using ModelBot.Slack.Dispatch;
using ModelBot.Slack.Security;

namespace ModelBot.Slack.Events;

/// <summary><c>POST /slack/events</c>: url_verification echoed; event_callback acknowledged at once and queued.</summary>
public static class EventsEndpoint
{
    /// <summary>The route.</summary>
    public const string Path = "/slack/events";

    /// <summary>Slack's retry counter header.</summary>
    public const string RetryNumHeader = "X-Slack-Retry-Num";

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
        EventCallback? callback;
        try
        {
            callback = JsonSerializer.Deserialize(body, EventsJsonContext.Default.EventCallback);
        }
        catch (JsonException)
        {
            callback = null;
        }
        switch (callback)
        {
            case null:
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            case { Type: EventCallback.UrlVerificationType }:
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.WriteAsync(JsonSerializer.Serialize(new UrlVerificationResponse(callback.Challenge ?? ""), EventsJsonContext.Default.UrlVerificationResponse), context.RequestAborted);
                return;
            case { Type: EventCallback.EventCallbackType }:
                var retryNum = context.Request.Headers[RetryNumHeader].ToString();
                var queued = services.GetRequiredService<SlackDispatcher>().EnqueueEvent(callback, retryNum.Length == 0 ? null : retryNum, TransportNames.SlackHttp);
                context.Response.StatusCode = queued ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
                return;
            default:
                context.Response.StatusCode = StatusCodes.Status200OK;
                return;
        }
    }
}
