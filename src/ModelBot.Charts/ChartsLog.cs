using Microsoft.Extensions.Logging;

namespace ModelBot.Charts;

/// <summary>The charts' source-generated log messages.</summary>
internal static partial class ChartsLog
{
    [LoggerMessage(EventId = 3301, Level = LogLevel.Debug, Message = "Chart drawn for \"{Title}\": {Width}×{Height} px, {Bytes} bytes in {Milliseconds:F1} ms")]
    public static partial void Drawn(ILogger logger, string title, int width, int height, int bytes, double milliseconds);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Warning, Message = "Chart for \"{Title}\" could not be drawn; the answer goes out as text only")]
    public static partial void DrawFailed(ILogger logger, string title, Exception exception);
}
