using ModelBot.Discord.Gateway.Protocol;

namespace ModelBot.Discord.Gateway.Sharding;

/// <summary>Outcome of GET /gateway/bot.</summary>
/// <param name="Bot">The response, on success.</param>
/// <param name="Status">HTTP status (0 when the request did not complete).</param>
/// <param name="Error">What went wrong, on failure.</param>
public sealed record GatewayBotResult(GatewayBot? Bot, int Status, string? Error)
{
    /// <summary>401/403: the token is wrong; retrying would only count as invalid requests.</summary>
    public bool IsFatal => Status is 401 or 403;
}
