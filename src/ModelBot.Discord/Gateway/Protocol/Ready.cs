namespace ModelBot.Discord.Gateway.Protocol;

/// <summary>The fields of the READY dispatch this client keeps.</summary>
/// <param name="V">API version.</param>
/// <param name="SessionId">Used to resume.</param>
/// <param name="ResumeGatewayUrl">WebSocket URL to use when resuming.</param>
/// <param name="Shard">Shard pair [shard_id, num_shards] when sharding.</param>
public sealed record Ready(int V, string SessionId, string ResumeGatewayUrl, IReadOnlyList<int>? Shard = null);
