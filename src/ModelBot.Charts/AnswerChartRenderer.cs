using System.Buffers.Binary;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelBot.Charts.Caching;
using ModelBot.Charts.Drawing;
using ModelBot.Charts.Planning;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Rendering;
using ModelBot.Core.Loading;

namespace ModelBot.Charts;

/// <summary>
/// Draws an answer's chart with ScottPlot (<see cref="ChartPlanner"/> reads it off the answer, <see cref="ChartDrawer"/>
/// draws it), once per dataset version (<see cref="ChartCache"/>). Turned off by <c>Charts:Enabled</c>. A chart that
/// fails to draw is logged and left out: the text answer never waits on it or fails with it.
/// </summary>
public sealed class AnswerChartRenderer(IDatasetProvider provider, ChartCache cache, IOptions<ChartsOptions> options, ILogger<AnswerChartRenderer> logger) : IAnswerChart
{
    /// <summary>Longest description: Discord's attachment description limit.</summary>
    public const int MaxDescriptionLength = 1024;

    /// <inheritdoc />
    public bool Enabled => options.Value.Enabled;

    /// <inheritdoc />
    public ChartImage? Draw(Answer answer)
    {
        if (!options.Value.Enabled)
        {
            return null;
        }
        try
        {
            if (ChartPlanner.Plan(answer) is not { } plan)
            {
                return null;
            }
            var label = DatasetLabel(provider);
            var png = cache.GetOrDraw(plan, label, () => DrawNow(plan, label));
            var (width, height) = PngSize(png.Span);
            return new ChartImage(png, ChartImage.DefaultFileName, ChartDescription.Of(plan, MaxDescriptionLength), width, height);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            ChartsLog.DrawFailed(logger, answer.Title, exception);
            return null;
        }
    }

    private ReadOnlyMemory<byte> DrawNow(ChartPlan plan, string label)
    {
        var started = Stopwatch.GetTimestamp();
        var chart = ChartDrawer.Draw(plan, label);
        var elapsed = Stopwatch.GetElapsedTime(started);
        ChartsLog.Drawn(logger, plan.Title, chart.Width, chart.Height, chart.Png.Length, elapsed.TotalMilliseconds);
        return chart.Png;
    }

    /// <summary>"dataset v3": the version in service, which every figure on the image comes from.</summary>
    internal static string DatasetLabel(IDatasetProvider provider) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ModelBot · dataset v{provider.Version}");

    /// <summary>Width and height from the PNG's IHDR chunk (bytes 16–23, big-endian).</summary>
    internal static (int Width, int Height) PngSize(ReadOnlySpan<byte> png) =>
        png.Length < 24 ? (0, 0) : (BinaryPrimitives.ReadInt32BigEndian(png[16..]), BinaryPrimitives.ReadInt32BigEndian(png[20..]));
}
