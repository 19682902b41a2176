using Microsoft.Extensions.Logging;

namespace ModelBot.Discord.Logging;

/// <summary>Source-generated log messages of the HTTP side of the Discord adapter (event ids 5100–5199).</summary>
internal static partial class DiscordLog
{
    [LoggerMessage(5100, LogLevel.Warning, "Discord REST {Method} {Path} rate limited for {RetryAfter} (global {Global}); attempt {Attempt}")]
    public static partial void RateLimited(ILogger logger, string method, string path, TimeSpan retryAfter, bool global, int attempt);

    [LoggerMessage(5101, LogLevel.Warning, "Discord REST {Method} {Path} answered {Status}; retrying in {Delay}")]
    public static partial void Unavailable(ILogger logger, string method, string path, int status, TimeSpan delay);

    [LoggerMessage(5102, LogLevel.Warning, "Discord REST {Method} {Path} could not be sent: {Detail}")]
    public static partial void RestSendFailed(ILogger logger, string method, string path, string detail);

    [LoggerMessage(5103, LogLevel.Warning, "Discord REST {Method} {Path} answered {Status}: {Count} invalid requests in the last 10 minutes")]
    public static partial void InvalidRequest(ILogger logger, string method, string path, int status, int count);

    [LoggerMessage(5104, LogLevel.Error, "Discord REST {Method} {Path} not sent: {Ceiling} invalid requests in 10 minutes; waiting for the window to pass")]
    public static partial void InvalidRequestCeiling(ILogger logger, string method, string path, int ceiling);

    [LoggerMessage(5110, LogLevel.Information, "Discord interaction rejected: {Reason}")]
    public static partial void InteractionRejected(ILogger logger, string reason);

    [LoggerMessage(5112, LogLevel.Warning, "Discord interaction {InteractionId}: editing @original failed: {Detail}")]
    public static partial void FollowUpFailed(ILogger logger, string interactionId, string detail);

    [LoggerMessage(5113, LogLevel.Warning, "Discord interaction {InteractionId}: callback failed: {Detail}")]
    public static partial void CallbackFailed(ILogger logger, string interactionId, string detail);

    [LoggerMessage(5115, LogLevel.Warning, "Discord interaction from the gateway could not be read: {Detail}")]
    public static partial void UnreadableGatewayInteraction(ILogger logger, string detail);

    [LoggerMessage(5120, LogLevel.Information, "Discord commands ({Scope}) are up to date; nothing sent")]
    public static partial void CommandsUnchanged(ILogger logger, string scope);

    [LoggerMessage(5121, LogLevel.Information, "Discord commands ({Scope}) differ from the catalog; registered {Count} commands")]
    public static partial void CommandsRegistered(ILogger logger, string scope, int count);

    [LoggerMessage(5122, LogLevel.Error, "Discord command registration failed: {Detail}")]
    public static partial void RegistrationFailed(ILogger logger, string detail);

    [LoggerMessage(5124, LogLevel.Error, "Discord command registration at start failed; the bot keeps running")]
    public static partial void RegistrationCrashed(ILogger logger, Exception exception);

    [LoggerMessage(5117, LogLevel.Warning, "Discord interaction {InteractionId} from the gateway is {Age} old, past the 3-second window; dropped unanswered")]
    public static partial void InteractionExpired(ILogger logger, string interactionId, TimeSpan age);

    [LoggerMessage(5123, LogLevel.Information, "Discord interaction {InteractionId}: the deferred answer is an error, sent as an ephemeral follow-up")]
    public static partial void DeferredErrorFollowUp(ILogger logger, string interactionId);

    [LoggerMessage(5130, LogLevel.Warning, "Redis unavailable for the shared Discord rate limits ({Kind}: {Detail}); limits are kept in this process until it is back")]
    public static partial void SharedLimitsRedisDown(ILogger logger, string kind, string detail);

    [LoggerMessage(5131, LogLevel.Information, "Redis is back; Discord rate limits and the invalid-request count are shared across replicas again")]
    public static partial void SharedLimitsRedisBack(ILogger logger);
}
