namespace ModelBot.Commands.Rendering;

/// <summary>A drawn chart: the PNG bytes, the file name it is attached under, its size and a text description.</summary>
/// <param name="Png">The image; shared between requests, so never written to.</param>
/// <param name="FileName">The attachment's name, e.g. <c>chart.png</c> (Discord refers to it as <c>attachment://chart.png</c>).</param>
/// <param name="Description">What the chart shows, for screen readers (Discord's attachment description, Slack's alt text).</param>
/// <param name="Width">Pixels.</param>
/// <param name="Height">Pixels.</param>
public sealed record ChartImage(ReadOnlyMemory<byte> Png, string FileName, string Description, int Width, int Height)
{
    /// <summary>The name every chart is attached under: one chart per answer.</summary>
    public const string DefaultFileName = "chart.png";

    /// <summary>The MIME type of <see cref="Png"/>.</summary>
    public const string ContentType = "image/png";
}
