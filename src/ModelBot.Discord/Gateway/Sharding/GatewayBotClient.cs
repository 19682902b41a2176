using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ModelBot.Discord.Gateway.Hosting;
using ModelBot.Discord.Gateway.Protocol;

namespace ModelBot.Discord.Gateway.Sharding;

/// <summary>Calls <c>GET /gateway/bot</c> with the bot token.</summary>
public sealed class GatewayBotClient
{
    /// <summary>Name of the <see cref="IHttpClientFactory"/> client.</summary>
    public const string HttpClientName = "ModelBot.Discord.Gateway";

    private readonly IHttpClientFactory _httpClients;
    private readonly DiscordGatewayOptions _options;

    /// <summary>Creates the client.</summary>
    public GatewayBotClient(IHttpClientFactory httpClients, IOptions<DiscordGatewayOptions> options)
    {
        _httpClients = httpClients;
        _options = options.Value;
    }

    /// <summary>Fetches url, recommended shards and session_start_limit.</summary>
    public async Task<GatewayBotResult> GetAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _options.ApiBaseUrl.TrimEnd('/') + "/gateway/bot");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _options.BotToken);
        request.Headers.UserAgent.ParseAdd("DiscordBot (https://github.com/modelbot/modelbot, 1.0)");
        try
        {
            using var http = _httpClients.CreateClient(HttpClientName);
            using var response = await http.SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                return new GatewayBotResult(null, status, $"HTTP {status} {response.ReasonPhrase}");
            }

            var bot = await response.Content.ReadFromJsonAsync(GatewayJsonContext.Default.GatewayBot, cancellationToken);
            return bot is null
                ? new GatewayBotResult(null, status, "empty body")
                : new GatewayBotResult(bot, status, null);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new GatewayBotResult(null, 0, exception.Message);
        }
    }
}
