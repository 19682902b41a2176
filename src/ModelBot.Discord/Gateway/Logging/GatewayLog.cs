using Microsoft.Extensions.Logging;

namespace ModelBot.Discord.Gateway.Logging;

/// <summary>Source-generated log messages of the gateway client (event ids 5000–5099).</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(5000, LogLevel.Information, "Discord gateway disabled (Discord:Gateway:Enabled is false)")]
    public static partial void Disabled(ILogger logger);

    [LoggerMessage(5001, LogLevel.Information, "Discord gateway: running shards [{ShardIds}] of {ShardCount} (recommended {Recommended}); {Remaining} identifies left, max_concurrency {MaxConcurrency}")]
    public static partial void Starting(ILogger logger, string shardIds, int shardCount, int recommended, int remaining, int maxConcurrency);

    [LoggerMessage(5002, LogLevel.Error, "Discord gateway: GET /gateway/bot failed with {Status}: {Detail}. Not reconnecting; fix the setting and restart")]
    public static partial void GatewayBotFatal(ILogger logger, int status, string detail);

    [LoggerMessage(5003, LogLevel.Warning, "Discord gateway: GET /gateway/bot failed ({Detail}); retrying in {Delay}")]
    public static partial void GatewayBotRetry(ILogger logger, string detail, TimeSpan delay);

    [LoggerMessage(5004, LogLevel.Error, "Discord gateway: invalid shard settings: {Detail}")]
    public static partial void InvalidShardPlan(ILogger logger, string detail);

    [LoggerMessage(5005, LogLevel.Error, "Discord gateway: Discord:Gateway:Compression is '{Value}'; use 'none' or 'zlib-stream'. Not connecting")]
    public static partial void InvalidCompression(ILogger logger, string value);

    [LoggerMessage(5010, LogLevel.Information, "Shard {ShardId}: connecting to {Uri} ({Mode})")]
    public static partial void Connecting(ILogger logger, int shardId, Uri uri, string mode);

    [LoggerMessage(5011, LogLevel.Warning, "Shard {ShardId}: connect to {Uri} failed: {Detail}")]
    public static partial void ConnectFailed(ILogger logger, int shardId, Uri uri, string detail);

    [LoggerMessage(5012, LogLevel.Information, "Shard {ShardId}: READY, session {SessionId}")]
    public static partial void Ready(ILogger logger, int shardId, string sessionId);

    [LoggerMessage(5027, LogLevel.Warning, "Shard {ShardId}: {Attempts} RESUME attempts in a row without RESUMED; identifying a new session")]
    public static partial void ResumeGivenUp(ILogger logger, int shardId, int attempts);

    [LoggerMessage(5013, LogLevel.Information, "Shard {ShardId}: RESUMED at sequence {Sequence}")]
    public static partial void Resumed(ILogger logger, int shardId, long? sequence);

    [LoggerMessage(5014, LogLevel.Warning, "Shard {ShardId}: no heartbeat ACK since the last beat; closing the zombie connection and resuming")]
    public static partial void Zombie(ILogger logger, int shardId);

    [LoggerMessage(5015, LogLevel.Information, "Shard {ShardId}: RECONNECT requested; resuming")]
    public static partial void ReconnectRequested(ILogger logger, int shardId);

    [LoggerMessage(5016, LogLevel.Warning, "Shard {ShardId}: INVALID SESSION (resumable: {Resumable})")]
    public static partial void InvalidSession(ILogger logger, int shardId, bool resumable);

    [LoggerMessage(5017, LogLevel.Warning, "Shard {ShardId}: socket closed with {CloseCode}: {Description}")]
    public static partial void Closed(ILogger logger, int shardId, int? closeCode, string description);

    [LoggerMessage(5018, LogLevel.Critical, "Shard {ShardId}: gateway closed with {CloseCode}, shard stopped and will not reconnect: {Description}")]
    public static partial void FatalClose(ILogger logger, int shardId, int closeCode, string description);

    [LoggerMessage(5019, LogLevel.Information, "Shard {ShardId}: reconnecting in {Delay} (attempt {Attempt})")]
    public static partial void ReconnectDelay(ILogger logger, int shardId, TimeSpan delay, int attempt);

    [LoggerMessage(5020, LogLevel.Information, "Shard {ShardId}: closed with 1000 on shutdown")]
    public static partial void ShutdownClosed(ILogger logger, int shardId);

    [LoggerMessage(5021, LogLevel.Warning, "Shard {ShardId}: unreadable gateway payload skipped")]
    public static partial void UnreadablePayload(ILogger logger, Exception exception, int shardId);

    [LoggerMessage(5022, LogLevel.Warning, "Shard {ShardId}: no HELLO within {Timeout}; reconnecting")]
    public static partial void NoHello(ILogger logger, int shardId, TimeSpan timeout);

    [LoggerMessage(5023, LogLevel.Error, "Shard {ShardId}: unexpected failure; reconnecting with backoff")]
    public static partial void UnexpectedFailure(ILogger logger, Exception exception, int shardId);

    [LoggerMessage(5024, LogLevel.Warning, "Shard {ShardId}: gateway message larger than {Limit} bytes; stopped reading it, closed the socket (1009) and resuming on a new one")]
    public static partial void MessageTooLarge(ILogger logger, int shardId, int limit);

    [LoggerMessage(5025, LogLevel.Warning, "Shard {ShardId}: transport-compressed data does not inflate ({Detail}); closed the socket (1007) and resuming with a fresh zlib context")]
    public static partial void CorruptCompression(ILogger logger, int shardId, string detail);

    [LoggerMessage(5040, LogLevel.Information, "Discord gateway: identify slots are shared with other processes through Redis (one IDENTIFY per bucket per 5 s across all of them)")]
    public static partial void SharedIdentifyEnabled(ILogger logger);

    [LoggerMessage(5041, LogLevel.Information, "Shard {ShardId}: identify bucket {Bucket} is held by another process; waiting {Wait} for its lease to end")]
    public static partial void IdentifyBucketHeldElsewhere(ILogger logger, int shardId, int bucket, TimeSpan wait);

    [LoggerMessage(5042, LogLevel.Warning, "Shard {ShardId}: shared identify limit unavailable for bucket {Bucket} ({Detail}); identifying under this process's limit only (Discord answers an over-limit IDENTIFY with INVALID SESSION, which is retried)")]
    public static partial void SharedIdentifyUnavailable(ILogger logger, int shardId, int bucket, string detail);

    [LoggerMessage(5030, LogLevel.Error, "Shard {ShardId}: interaction handler failed")]
    public static partial void InteractionFailed(ILogger logger, Exception exception, int shardId);

    [LoggerMessage(5031, LogLevel.Information, "Discord gateway: waiting for {Count} in-flight interactions before shutdown")]
    public static partial void DrainingInteractions(ILogger logger, int count);

    [LoggerMessage(5032, LogLevel.Warning, "Discord gateway: {Count} interactions still in flight after {Timeout}; cancelled")]
    public static partial void DrainTimedOut(ILogger logger, int count, TimeSpan timeout);
}
