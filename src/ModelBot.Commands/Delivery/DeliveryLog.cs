using Microsoft.Extensions.Logging;

namespace ModelBot.Commands.Delivery;

/// <summary>The delivery path's log lines: they name a request by its reference (interaction or event id), never by a token.</summary>
internal static partial class DeliveryLog
{
    [LoggerMessage(EventId = 7000, Level = LogLevel.Information, Message = "{Transport} {Reference}: answer not ready within {Budget}; acknowledged, the answer follows")]
    public static partial void Deferred(ILogger logger, string transport, string reference, TimeSpan budget);

    [LoggerMessage(EventId = 7001, Level = LogLevel.Error, Message = "{Transport} {Reference}: the request handler failed; the user is told to try again")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string transport, string reference);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Error, Message = "{Reference}: work after the acknowledgement failed")]
    public static partial void WorkFailed(ILogger logger, Exception exception, string reference);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Shutting down: waiting for {Count} answers still being delivered")]
    public static partial void Draining(ILogger logger, int count);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Warning, Message = "Shutdown: {Count} answers still being delivered were abandoned ({Reason})")]
    public static partial void Abandoned(ILogger logger, int count, string reason);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "{Reference}: the follow-on step {Step} failed; the answer's text stands")]
    public static partial void FollowOnFailed(ILogger logger, Exception exception, string reference, string step);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Warning, Message = "{Reference}: not delivered, the host is stopping")]
    public static partial void RefusedWhileStopping(ILogger logger, string reference);
}
