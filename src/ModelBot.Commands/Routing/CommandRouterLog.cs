using Microsoft.Extensions.Logging;

namespace ModelBot.Commands.Routing;

/// <summary>The router's source-generated log messages.</summary>
internal static partial class CommandRouterLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "Unexpected error answering a {Platform} request for {Command} (reference {CorrelationId})")]
    public static partial void UnexpectedError(this ILogger logger, Exception exception, string platform, string command, string correlationId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "Answered a {Platform} request: {Command}, ok {Ok}")]
    public static partial void Answered(this ILogger logger, string platform, string command, bool ok);
}
