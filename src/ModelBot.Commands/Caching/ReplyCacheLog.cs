using Microsoft.Extensions.Logging;

namespace ModelBot.Commands.Caching;

/// <summary>The reply cache's source-generated log messages (Debug: one line per request when enabled).</summary>
internal static partial class ReplyCacheLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Debug, Message = "Reply cache hit: {Key}")]
    public static partial void Hit(ILogger logger, string key);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Debug, Message = "Reply cache miss: {Key}")]
    public static partial void Miss(ILogger logger, string key);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Debug, Message = "Reply cache emptied for dataset version {Version} ({Dropped} replies dropped)")]
    public static partial void Emptied(ILogger logger, int version, int dropped);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Debug, Message = "Reply cache full at {Capacity}; {Evicted} least recently used replies evicted")]
    public static partial void Evicted(ILogger logger, int capacity, int evicted);
}
