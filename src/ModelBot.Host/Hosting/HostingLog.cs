namespace ModelBot.Host.Hosting;

/// <summary>The host's own log lines.</summary>
internal static partial class HostingLog
{
    [LoggerMessage(EventId = 7100, Level = LogLevel.Warning, Message = "Second stop signal: abandoning {Count} answers still being delivered and stopping now")]
    public static partial void StopNow(ILogger logger, int count);
}
