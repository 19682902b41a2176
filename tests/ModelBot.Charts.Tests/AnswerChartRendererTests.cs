using Microsoft.Extensions.DependencyInjection;
using ModelBot.Charts.Caching;
using ModelBot.Charts.Drawing;
using ModelBot.Charts.Tests.Support;
using ModelBot.Commands.Rendering;
using ModelBot.Rendering.Tests;
using SkiaSharp;

namespace ModelBot.Charts.Tests;

/// <summary>The chart service as adapters use it: off when configured off, drawn once per dataset version, never failing the answer.</summary>
public sealed class AnswerChartRendererTests
{
    [Fact]
    public void Draw_SameQuestionTwice_DrawsOnceAndReusesTheImage()
    {
        using var real = new RealAnswers();
        var charts = real.Services.GetRequiredService<IAnswerChart>();

        var first = charts.Draw(real.Ask("/benchmark arc-agi-2"))!;
        var second = charts.Draw(real.Ask("which model leads arc-agi-2?"))!;

        real.Services.GetRequiredService<ChartCache>().Count.ShouldBe(1);
        second.Png.Equals(first.Png).ShouldBeTrue("the second chart should be the cached bytes, not a new drawing");
    }

    [Fact]
    public void Draw_ChartsTurnedOff_GivesNoChart()
    {
        using var real = RealAnswers.With(new Dictionary<string, string?> { ["Charts:Enabled"] = "false" });

        real.Services.GetRequiredService<IAnswerChart>().Draw(real.Ask("/benchmark arc-agi-2")).ShouldBeNull();
    }

    [Fact]
    public void Draw_AnswerWithoutFigures_GivesNoChart()
    {
        using var real = new RealAnswers();
        var charts = real.Services.GetRequiredService<IAnswerChart>();

        charts.Draw(real.Ask("/help")).ShouldBeNull();
        charts.Draw(SampleAnswers.Error).ShouldBeNull();
    }

    [Fact]
    public void Draw_Chart_DescribesItsFiguresForScreenReaders()
    {
        using var real = new RealAnswers();

        var chart = real.Services.GetRequiredService<IAnswerChart>().Draw(real.Ask("/benchmark arc-agi-2"))!;

        chart.FileName.ShouldBe("chart.png");
        chart.Description.ShouldStartWith("Bar chart: ARC-AGI-2 leaderboard.");
        chart.Description.ShouldContain("Gemini 3.1 Pro 76.5% (leads)");
        chart.Description.Length.ShouldBeLessThanOrEqualTo(AnswerChartRenderer.MaxDescriptionLength);
    }

    [Fact]
    public void ChartFonts_AreTheEmbeddedDejaVuSans_WhateverTheSystemHas()
    {
        ChartFonts.Regular.FamilyName.ShouldBe("DejaVu Sans");
        ChartFonts.Bold.FontStyle.Weight.ShouldBe((int)SKFontStyleWeight.Bold);
        ScottPlot.Fonts.GetTypeface(ChartFonts.Family, bold: false, italic: false).ShouldBeSameAs(ChartFonts.Regular);
        ScottPlot.Fonts.GetTypeface(ChartFonts.Family, bold: true, italic: false).ShouldBeSameAs(ChartFonts.Bold);
    }
}
