namespace ModelBot.Discord.Gateway.Protocol;

/// <summary>Data of opcode 2 IDENTIFY.</summary>
/// <param name="Token">Bot token (without the "Bot " prefix).</param>
/// <param name="Intents">Gateway intents; 0 suffices for interactions.</param>
/// <param name="Properties">Connection properties.</param>
/// <param name="Shard">[shard_id, num_shards].</param>
public sealed record Identify(string Token, int Intents, IdentifyConnectionProperties Properties, IReadOnlyList<int> Shard);
