using Microsoft.Extensions.DependencyInjection;
using ModelBot.Charts.Drawing;
using ModelBot.Charts.Planning;
using ModelBot.Charts.Tests.Support;
using ModelBot.Commands.Rendering;

namespace ModelBot.Charts.Tests.Drawing;

/// <summary>
/// The charts a user sees, as PNG golden images compared with a small pixel tolerance, and the bounds every chart keeps:
/// its width, a height a phone can show, a file size quick to upload.
/// </summary>
public sealed class ChartGoldenTests : IClassFixture<RealAnswers>
{
    /// <summary>Discord and Slack show previews of images far below this; larger files only slow the upload.</summary>
    public const int MaxPngBytes = 400 * 1024;

    private readonly RealAnswers _real;

    public ChartGoldenTests(RealAnswers real) => _real = real;

    public static TheoryData<string, string> RealRequests => new()
    {
        { "leaderboard-arc-agi-2.png", "/benchmark arc-agi-2" },
        { "leaderboard-hle.png", "/benchmark hle" },
        { "leaderboard-output-tokens.png", "/benchmark output tokens" },
        { "compare-muse-spark-opus-4.6.png", "/compare muse-spark opus 4.6" },
    };

    [Theory]
    [MemberData(nameof(RealRequests))]
    public void Draw_RealAnswer_MatchesGoldenImage(string golden, string request)
    {
        var chart = _real.Services.GetRequiredService<IAnswerChart>().Draw(_real.Ask(request));

        chart.ShouldNotBeNull();
        PngGolden.Verify(golden, chart.Png.Span);
        AssertBounds(chart.Png.Span, chart.Width, chart.Height);
    }

    [Fact]
    public void Draw_MarkedLeaderboard_MatchesGoldenImage()
    {
        var chart = ChartDrawer.Draw(ChartPlanner.Plan(ChartAnswers.MarkedLeaderboard)!, "ModelBot · dataset v7");

        PngGolden.Verify("marks-lower-is-better.png", chart.Png);
        AssertBounds(chart.Png, chart.Width, chart.Height);
    }

    [Fact]
    public void Draw_MixedCompare_MatchesGoldenImage()
    {
        var chart = ChartDrawer.Draw(ChartPlanner.Plan(ChartAnswers.MixedCompare)!, "ModelBot · dataset v7");

        PngGolden.Verify("compare-mixed-units.png", chart.Png);
        AssertBounds(chart.Png, chart.Width, chart.Height);
    }

    private static void AssertBounds(ReadOnlySpan<byte> png, int width, int height)
    {
        width.ShouldBe(ChartLayout.Width);
        height.ShouldBeInRange(200, ChartLayout.MaxHeight);
        png.Length.ShouldBeLessThan(MaxPngBytes);
        png[..8].ToArray().ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        AnswerChartRenderer.PngSize(png).ShouldBe((width, height));
    }
}
