using Microsoft.Extensions.Logging;

namespace ModelBot.Discord.Charts;

/// <summary>Log messages of chart delivery on Discord.</summary>
internal static partial class ChartLog
{
    [LoggerMessage(EventId = 1401, Level = LogLevel.Warning, Message = "Chart for interaction {InteractionId} not attached ({Reason}); the answer stays text only")]
    public static partial void NotAttached(ILogger logger, string interactionId, string reason);
}
