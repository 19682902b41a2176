namespace ModelBot.Discord.Gateway.Protocol;

/// <summary>Response of <c>GET /gateway/bot</c>.</summary>
/// <param name="Url">WSS URL to connect to.</param>
/// <param name="Shards">Recommended number of shards.</param>
/// <param name="SessionStartLimit">Identify budget.</param>
public sealed record GatewayBot(string Url, int Shards, SessionStartLimit SessionStartLimit);
