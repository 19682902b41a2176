namespace ModelBot.Discord.Gateway.Connection;

/// <summary>Why a shard stopped.</summary>
/// <param name="ShardId">The shard.</param>
/// <param name="FatalCloseCode">The close code that stopped it (4004, 4010–4014), or null when the host stopped it.</param>
public readonly record struct ShardExit(int ShardId, int? FatalCloseCode)
{
    /// <summary>True when the gateway refused the shard and the configuration must change.</summary>
    public bool IsFatal => FatalCloseCode is not null;
}
