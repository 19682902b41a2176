using Microsoft.Extensions.Logging;

namespace ModelBot.Slack.Charts;

/// <summary>Log messages of chart uploads to Slack.</summary>
internal static partial class ChartUploadLog
{
    [LoggerMessage(EventId = 2401, Level = LogLevel.Warning, Message = "Charts are not uploaded to Slack: the bot token lacks the {Scope} scope (add it under OAuth & Permissions, or from `modelbot slack manifest`, and reinstall the app). Answers stay text only; this is logged once")]
    public static partial void MissingFilesWrite(ILogger logger, string scope);

    [LoggerMessage(EventId = 2402, Level = LogLevel.Warning, Message = "Chart not uploaded ({Method}: {Reason}); the answer stays text only")]
    public static partial void NotUploaded(ILogger logger, string method, string reason);
}
