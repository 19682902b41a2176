using ModelBot.Charts.Planning;
using ModelBot.Commands.Rendering;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace ModelBot.Charts.Drawing;

/// <summary>
/// One panel as a ScottPlot plot of horizontal bars, rows top to bottom in the answer's order. A ranking draws the
/// leader in a strong blue and the rest lighter; a comparison gives each model its palette colour and a legend.
/// Values are labelled as the text shows them, with ★ for a leader, † (and stripes) for a disputed figure and "~" for a
/// rounded one. The axis names the unit and which way is better, so a lower-is-better ranking, whose best bar is the
/// shortest, still reads best-first from the top.
/// </summary>
internal static class PanelPlot
{
    /// <summary>Pixels between a bar's end and its value label.</summary>
    private const float LabelOffset = 6;

    /// <summary>The plot's height in pixels for its rows (the caption above it not included).</summary>
    public static int Height(ChartPanel panel, bool withLegend)
    {
        var rows = 0;
        foreach (var group in panel.Groups)
        {
            var lines = LabelWrap.LineCount(group.Label, ChartLayout.LabelLineLength);
            var labelHeight = (int)(lines * ChartLayout.LabelSize * 1.25f) + 8;
            var barsHeight = panel.IsRanking ? ChartLayout.RankingRowHeight : (panel.Series.Count * ChartLayout.GroupBarHeight) + ChartLayout.GroupGap;
            rows += Math.Max(labelHeight, barsHeight);
        }
        return rows + ChartLayout.AxisHeight + (withLegend ? ChartLayout.LegendHeight : ChartLayout.PlotTopPadding);
    }

    /// <summary>
    /// A new plot for <paramref name="panel"/>, with the models' legend above the bars when <paramref name="withLegend"/>
    /// (a comparison shows it once, on its first panel); the caller renders and disposes it.
    /// </summary>
    /// <param name="panel">The panel.</param>
    /// <param name="withLegend">Whether the models' legend goes above the bars.</param>
    /// <param name="labelWidth">Width of the row labels' column, the same for every panel so their bars line up.</param>
    /// <param name="range">The value axis, shared by every panel of the same unit (<see cref="ValueRange"/>).</param>
    public static Plot Create(ChartPanel panel, bool withLegend, float labelWidth, ValueRange range)
    {
        var plot = new Plot();
        plot.FigureBackground.Color = ChartPalette.Background;
        plot.DataBackground.Color = ChartPalette.Background;
        Style(plot);

        var ticks = new NumericManual();
        var seriesCount = panel.Series.Count;
        var pitch = panel.IsRanking ? 1.0 : seriesCount + 1.0;
        var barsBySeries = new List<Bar>[seriesCount];
        for (var s = 0; s < seriesCount; s++)
        {
            barsBySeries[s] = [];
        }
        for (var g = 0; g < panel.Groups.Count; g++)
        {
            var group = panel.Groups[g];
            var center = (panel.Groups.Count - 1 - g) * pitch;
            ticks.AddMajor(center, LabelWrap.Wrap(group.Label, ChartLayout.LabelLineLength));
            for (var s = 0; s < seriesCount; s++)
            {
                if (group.Bars[s] is not { } figure)
                {
                    continue;
                }
                var position = panel.IsRanking ? center : center + (((seriesCount - 1) / 2.0) - s);
                var color = panel.IsRanking ? (figure.Leader ? ChartPalette.Leader : ChartPalette.Others) : ChartPalette.Series[s % ChartPalette.Series.Count];
                barsBySeries[s].Add(Bar(figure, position, color, panel.IsRanking ? 0.7 : 0.86));
            }
        }

        for (var s = 0; s < seriesCount; s++)
        {
            var bars = plot.Add.Bars(barsBySeries[s]);
            bars.ValueLabelStyle.FontName = ChartFonts.Family;
            bars.ValueLabelStyle.Font = ChartFonts.Regular;
            bars.ValueLabelStyle.FontSize = ChartLayout.LabelSize;
            bars.ValueLabelStyle.ForeColor = ChartPalette.Text;
            if (!panel.IsRanking)
            {
                bars.LegendText = panel.Series[s];
            }
        }
        if (withLegend && !panel.IsRanking)
        {
            var legend = plot.ShowLegend(Edge.Top);
            legend.Alignment = Alignment.MiddleLeft;
            plot.Legend.FontName = ChartFonts.Family;
            plot.Legend.FontSize = ChartLayout.LabelSize;
            plot.Legend.FontColor = ChartPalette.Text;
            plot.Legend.OutlineWidth = 0;
            plot.Legend.ShadowColor = Colors.Transparent;
            plot.Legend.BackgroundColor = ChartPalette.Background;
            plot.Legend.SymbolWidth = 26;
            plot.Legend.SymbolHeight = 16;
        }
        else
        {
            plot.HideLegend();
        }

        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.MinorTickStyle.Length = 0;
        plot.Axes.Bottom.Label.Text = AxisLabel(panel);

        var top = withLegend && !panel.IsRanking ? ChartLayout.LegendHeight : ChartLayout.PlotTopPadding;
        plot.Layout.Fixed(new PixelPadding(labelWidth, ChartLayout.PlotRightPadding, ChartLayout.AxisHeight, top));
        var half = panel.IsRanking ? 0.6 : (seriesCount / 2.0) + 0.2;
        plot.Axes.SetLimits(range.Left, range.Right, -half, ((panel.Groups.Count - 1) * pitch) + half);
        plot.Axes.Bottom.TickGenerator = ValueTicks.For(range.Left, range.Right, range.Largest, panel.Unit);
        return plot;
    }

    /// <summary>
    /// The value axis from zero (or the lowest negative value) to just past the largest value, far enough that every
    /// bar's value label fits between its bar's end and the plot's edge.
    /// </summary>
    /// <param name="panel">The panel.</param>
    /// <param name="dataWidth">Pixels between the row labels and the plot's right edge.</param>
    /// <param name="textWidth">Measures a value label.</param>
    public static ValueRange Range(ChartPanel panel, float dataWidth, Func<string, float> textWidth)
    {
        var min = panel.Groups.SelectMany(g => g.Bars).Where(b => b is not null).Select(b => b!.Value).DefaultIfEmpty(0).Min();
        var max = panel.Groups.SelectMany(g => g.Bars).Where(b => b is not null).Select(b => b!.Value).DefaultIfEmpty(0).Max();
        var left = Math.Min(0, min);
        var right = max > 0 ? max : 1;
        foreach (var group in panel.Groups)
        {
            foreach (var bar in group.Bars)
            {
                if (bar is null || bar.Value <= 0)
                {
                    continue;
                }
                // The bar ends at (value − left) / (right − left) of the width; its label needs the rest.
                var room = dataWidth - LabelOffset - textWidth(ValueText(bar)) - 4;
                if (room > dataWidth * 0.3)
                {
                    right = Math.Max(right, left + ((bar.Value - left) * dataWidth / room));
                }
            }
        }
        if (left < 0)
        {
            left -= (right - left) * 0.1;
        }
        return new ValueRange(left, right, Math.Max(max, 0));
    }

    /// <summary>"Score (%) · higher is better", "Million tokens · lower is better".</summary>
    private static string AxisLabel(ChartPanel panel)
    {
        var unit = UnitNames.Axis(panel.Unit);
        return panel.MixedDirections ? string.Concat(unit, AnswerPhrases.Separator, "see each row for which way is better")
            : panel.LowerIsBetter ? string.Concat(unit, AnswerPhrases.Separator, "lower is better")
            : string.Concat(unit, AnswerPhrases.Separator, "higher is better");
    }

    private static Bar Bar(ChartBar figure, double position, Color color, double size)
    {
        var bar = new Bar
        {
            Position = position,
            Value = figure.Value,
            Size = size,
            FillColor = color,
            LineWidth = 0,
            Orientation = Orientation.Horizontal,
            Label = ValueText(figure),
            LabelOffset = LabelOffset,
        };
        if (figure.Disputed)
        {
            bar.FillHatch = new ScottPlot.Hatches.Striped();
            bar.FillHatchColor = ChartPalette.Background.WithAlpha(150);
        }
        return bar;
    }

    /// <summary>The figure as the text answer shows it, with its marks.</summary>
    internal static string ValueText(ChartBar figure) => string.Concat(
        figure.Approximate && !figure.Text.StartsWith(AnswerPhrases.ApproximateMark) ? AnswerPhrases.ApproximateMark.ToString() : "",
        figure.Text,
        figure.Leader ? " " + AnswerPhrases.LeaderMark : "",
        figure.Disputed ? " " + AnswerPhrases.DisputedMark : "");

    private static void Style(Plot plot)
    {
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = ChartFonts.Family;
            axis.Label.Font = ChartFonts.Regular;
            axis.Label.FontSize = ChartLayout.LabelSize;
            axis.Label.Bold = false;
            axis.Label.ForeColor = ChartPalette.MutedText;
            axis.TickLabelStyle.FontName = ChartFonts.Family;
            axis.TickLabelStyle.Font = ChartFonts.Regular;
            axis.TickLabelStyle.FontSize = ChartLayout.LabelSize;
            axis.TickLabelStyle.ForeColor = ChartPalette.Text;
            axis.MajorTickStyle.Color = ChartPalette.Grid;
            axis.MinorTickStyle.Length = 0;
            axis.FrameLineStyle.Color = ChartPalette.Grid;
            axis.FrameLineStyle.Width = axis.Edge == Edge.Left ? 1 : 0;
        }
        plot.Axes.Title.Label.FontName = ChartFonts.Family;
        plot.Axes.Title.Label.ForeColor = ChartPalette.Text;
        plot.Grid.XAxisStyle.MajorLineStyle.Color = ChartPalette.Grid;
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Grid.XAxisStyle.MinorLineStyle.Width = 0;
    }
}

/// <summary>A value axis: from <paramref name="Left"/> to <paramref name="Right"/>, ticks up to <paramref name="Largest"/>.</summary>
internal readonly record struct ValueRange(double Left, double Right, double Largest)
{
    /// <summary>The range covering both, so panels in one unit share a scale and their bars compare.</summary>
    public ValueRange Union(ValueRange other) => new(Math.Min(Left, other.Left), Math.Max(Right, other.Right), Math.Max(Largest, other.Largest));
}
