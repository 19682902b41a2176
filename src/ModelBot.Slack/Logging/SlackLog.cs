using Microsoft.Extensions.Logging;

namespace ModelBot.Slack.Logging;

/// <summary>Source-generated log messages of the Slack adapter.</summary>
internal static partial class SlackLog
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Warning, Message = "Slack request rejected with 401 on {Path}: {Reason}")]
    public static partial void RequestRejected(ILogger logger, string path, Security.SignatureCheck reason);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Slack Web API {Method} failed: {Error} (HTTP {Status})")]
    public static partial void ApiCallFailed(ILogger logger, string method, string error, int status);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Slack Web API {Method} unreachable: {Reason}")]
    public static partial void ApiUnreachable(ILogger logger, string method, string reason);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Slack Web API {Method} rate-limited; retrying after {Seconds} s")]
    public static partial void RateLimited(ILogger logger, string method, double seconds);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Warning, Message = "Slack Web API {Method} still rate-limited (Retry-After {Seconds} s, {Attempts} retries); giving up")]
    public static partial void RateLimitGaveUp(ILogger logger, string method, double seconds, int attempts);

    [LoggerMessage(EventId = 6010, Level = LogLevel.Information, Message = "Slash command {Command} not answered within {BudgetMs} ms; acknowledged, the answer follows on response_url")]
    public static partial void SlashCommandDeferred(ILogger logger, string command, double budgetMs);

    [LoggerMessage(EventId = 6011, Level = LogLevel.Warning, Message = "Posting to response_url failed: {Error}")]
    public static partial void ResponseUrlFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 6014, Level = LogLevel.Warning, Message = "response_url refused: {Scheme}://{Host} is not Slack's hooks host; the answer was not posted")]
    public static partial void ResponseUrlRefused(ILogger logger, string scheme, string host);

    [LoggerMessage(EventId = 6012, Level = LogLevel.Error, Message = "Slack request handling failed")]
    public static partial void HandlingFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6013, Level = LogLevel.Warning, Message = "Slack interaction ignored: {Reason}")]
    public static partial void InteractionIgnored(ILogger logger, string reason);

    [LoggerMessage(EventId = 6020, Level = LogLevel.Warning, Message = "Slack event queue full ({Capacity}); event {EventId} refused so Slack retries it")]
    public static partial void EventQueueFull(ILogger logger, int capacity, string? eventId);

    [LoggerMessage(EventId = 6021, Level = LogLevel.Debug, Message = "Slack event {EventId} already handled (retry {RetryNum}); dropped")]
    public static partial void EventDuplicate(ILogger logger, string eventId, string? retryNum);

    [LoggerMessage(EventId = 6022, Level = LogLevel.Debug, Message = "Slack event {EventId} ignored: {Reason}")]
    public static partial void EventIgnored(ILogger logger, string? eventId, string reason);

    [LoggerMessage(EventId = 6023, Level = LogLevel.Warning, Message = "Could not post the answer to event {EventId}: {Error}")]
    public static partial void EventReplyFailed(ILogger logger, string? eventId, string error);

    [LoggerMessage(EventId = 6025, Level = LogLevel.Warning, Message = "Redis unavailable for event de-duplication ({Kind}: {Detail}); de-duplicating in this process until it is back")]
    public static partial void DeduplicationRedisDown(ILogger logger, string kind, string detail);

    [LoggerMessage(EventId = 6026, Level = LogLevel.Information, Message = "Redis is back; event de-duplication is shared across replicas again")]
    public static partial void DeduplicationRedisBack(ILogger logger);

    [LoggerMessage(EventId = 6024, Level = LogLevel.Warning, Message = "auth.test failed ({Error}); the bot's own messages are recognised by bot_id only")]
    public static partial void AuthTestFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 6030, Level = LogLevel.Information, Message = "Socket Mode connected ({Connection})")]
    public static partial void SocketConnected(ILogger logger, int connection);

    [LoggerMessage(EventId = 6031, Level = LogLevel.Warning, Message = "Socket Mode connection failed: {Reason}; retrying in {DelayMs} ms")]
    public static partial void SocketConnectFailed(ILogger logger, string reason, double delayMs);

    [LoggerMessage(EventId = 6032, Level = LogLevel.Information, Message = "Socket Mode disconnect frame ({Reason}); replacing the connection")]
    public static partial void SocketRefresh(ILogger logger, string reason);

    [LoggerMessage(EventId = 6033, Level = LogLevel.Error, Message = "Socket Mode link disabled by Slack (reason link_disabled): Socket Mode was turned off for this app. Stopping; enable Socket Mode in the app settings and restart.")]
    public static partial void SocketLinkDisabled(ILogger logger);

    [LoggerMessage(EventId = 6034, Level = LogLevel.Warning, Message = "Socket Mode frame ignored: {Reason}")]
    public static partial void SocketFrameIgnored(ILogger logger, string reason);

    [LoggerMessage(EventId = 6035, Level = LogLevel.Warning, Message = "Socket Mode WebSocket handshake gave no answer within {Seconds} s; abandoned")]
    public static partial void SocketHandshakeTimedOut(ILogger logger, double seconds);

    [LoggerMessage(EventId = 6039, Level = LogLevel.Critical, Message = "Socket Mode stopped: apps.connections.open refused the app-level token ({Error}). Set Slack:AppToken to a valid xapp- token with connections:write and restart.")]
    public static partial void SocketAuthFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 6036, Level = LogLevel.Information, Message = "Socket Mode connection {Connection} closed: {Reason}")]
    public static partial void SocketClosed(ILogger logger, int connection, SocketMode.ConnectionEnd reason);

    [LoggerMessage(EventId = 6038, Level = LogLevel.Warning, Message = "Socket Mode envelope {EnvelopeId} not acknowledged: {Reason}")]
    public static partial void SocketAckWithheld(ILogger logger, string envelopeId, string reason);

    [LoggerMessage(EventId = 6037, Level = LogLevel.Warning, Message = "Socket Mode ack for envelope {EnvelopeId} not sent: {Reason}")]
    public static partial void SocketAckFailed(ILogger logger, string envelopeId, string reason);
}
