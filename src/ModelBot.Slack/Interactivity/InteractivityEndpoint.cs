using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using ModelBot.Commands.Delivery;
using ModelBot.Slack.Dispatch;
using ModelBot.Slack.Security;

namespace ModelBot.Slack.Interactivity;

/// <summary><c>POST /slack/interactivity</c>: the verified <c>payload</c> form field; acknowledged with an empty 200, answered on response_url.</summary>
public static class InteractivityEndpoint
{
    /// <summary>The route.</summary>
    public const string Path = "/slack/interactivity";

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
        var payload = Parse(body);
        if (payload is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        services.GetRequiredService<SlackDispatcher>().HandleBlockActions(payload, TransportNames.SlackHttp);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    /// <summary>The interaction in a verified form body, or null when it holds none.</summary>
    public static BlockActionsPayload? Parse(ReadOnlySpan<byte> body)
    {
        var fields = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        if (!fields.TryGetValue("payload", out var json) || string.IsNullOrEmpty(json.ToString()))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize(json.ToString(), InteractivityJsonContext.Default.BlockActionsPayload);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
