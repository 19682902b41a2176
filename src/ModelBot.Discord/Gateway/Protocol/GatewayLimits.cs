namespace ModelBot.Discord.Gateway.Protocol;

/// <summary>Gateway limits from discord-api-docs (events/gateway, "Rate Limiting" and "Sending Events").</summary>
public static class GatewayLimits
{
    /// <summary>Gateway version this client speaks.</summary>
    public const int ApiVersion = 10;
    /// <summary>Sends allowed per connection per <see cref="SendWindow"/>.</summary>
    public const int SendsPerWindow = 120;
    /// <summary>The send rate-limit window.</summary>
    public static readonly TimeSpan SendWindow = TimeSpan.FromSeconds(60);
    /// <summary>Maximum size of a payload the client sends; larger ones close the socket with 4002.</summary>
    public const int MaxSendPayloadBytes = 4096;
    /// <summary>
    /// Largest message the client accepts from the gateway (after transport decompression); anything larger closes
    /// the socket and resumes, so a broken or hostile server cannot make the client buffer without bound. Discord
    /// documents no receive limit, so the cap is set far above what it sends: with intents 0 (what ModelBot uses)
    /// the biggest payload is READY, whose guild list of at most 2,500 unavailable guilds per shard (the sharding
    /// limit) is about 110 KiB; an INTERACTION_CREATE with resolved users, members and attachments is tens of KiB.
    /// Even a GUILD_CREATE of a very large guild (only with the GUILDS intent: ≤500 channels, ≤250 roles, emojis,
    /// stickers, threads and up to large_threshold members) stays in the low MiB. 8 MiB leaves room for all of that.
    /// </summary>
    public const int MaxReceiveMessageBytes = 8 * 1024 * 1024;
    /// <summary>Per rate-limit bucket, one IDENTIFY per this period (max_concurrency buckets).</summary>
    public static readonly TimeSpan IdentifyPeriod = TimeSpan.FromSeconds(5);
    /// <summary>INVALID SESSION with d=false: wait between these bounds before identifying again.</summary>
    public static readonly TimeSpan InvalidSessionMinDelay = TimeSpan.FromSeconds(1);
    /// <summary>Upper bound of the wait after a non-resumable INVALID SESSION.</summary>
    public static readonly TimeSpan InvalidSessionMaxDelay = TimeSpan.FromSeconds(5);
    /// <summary>Shard of a guild: <c>(guild_id &gt;&gt; 22) % num_shards</c>.</summary>
    public static int ShardFor(ulong guildId, int shardCount) => (int)((guildId >> 22) % (ulong)shardCount);

    /// <summary>The default of Discord:Gateway:MaxResumeAttempts: RESUME attempts in a row that may go without RESUMED before the session is given up and a new one identified.</summary>
    public const int MaxResumeAttemptsInARow = 3;
}
