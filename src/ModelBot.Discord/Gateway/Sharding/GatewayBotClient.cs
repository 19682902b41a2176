using System.Text.Json;
using ModelBot.Discord.Gateway.Protocol;
using ModelBot.Discord.Rest;

namespace ModelBot.Discord.Gateway.Sharding;

/// <summary>
/// Calls <c>GET /gateway/bot</c> through <see cref="DiscordRestClient"/>: the same bot authorization, user agent, rate
/// limits, 429 handling and invalid-request ceiling as every other REST call of the bot.
/// </summary>
public sealed class GatewayBotClient(DiscordRestClient rest)
{
    /// <summary>The route's rate-limit template.</summary>
    public const string Route = "GET /gateway/bot";

    /// <summary>Fetches url, recommended shards and session_start_limit.</summary>
    public async Task<GatewayBotResult> GetAsync(CancellationToken cancellationToken)
    {
        var response = await rest.SendAsync(new DiscordRestRequest { Method = HttpMethod.Get, Path = "/gateway/bot", Route = Route }, cancellationToken);
        if (!response.IsSuccess)
        {
            return new GatewayBotResult(null, response.StatusCode, response.Error ?? $"HTTP {response.StatusCode}");
        }
        try
        {
            return JsonSerializer.Deserialize(response.Body.Span, GatewayJsonContext.Default.GatewayBot) is { } bot
                ? new GatewayBotResult(bot, response.StatusCode, null)
                : new GatewayBotResult(null, response.StatusCode, "empty body");
        }
        catch (JsonException exception)
        {
            return new GatewayBotResult(null, response.StatusCode, exception.Message);
        }
    }
}
