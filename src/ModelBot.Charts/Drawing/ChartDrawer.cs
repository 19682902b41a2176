using System.Text;
using ModelBot.Charts.Planning;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Rendering;
using ScottPlot;
using SkiaSharp;

namespace ModelBot.Charts.Drawing;

/// <summary>
/// Draws a <see cref="ChartPlan"/> as one PNG card: the title, each panel drawn by ScottPlot one under the other, and
/// a footer with the legend of marks, what was left out, the sources of the drawn figures and the dataset version.
/// </summary>
public static class ChartDrawer
{
    /// <summary>The PNG for <paramref name="plan"/>; <paramref name="datasetLabel"/> ("dataset v3") goes in the footer.</summary>
    public static DrawnChart Draw(ChartPlan plan, string datasetLabel)
    {
        ChartFonts.EnsureRegistered();
        using var paint = Paint.NewDisposablePaint();
        var footer = FooterLines(plan, paint);
        var title = Text(ChartFonts.Bold, ChartLayout.TitleSize, ChartPalette.Text);
        var titleText = TitleLines(title, plan.Title, ChartLayout.Width - (2 * ChartLayout.Margin), paint);
        var headerHeight = ChartLayout.HeaderHeight + (titleText.Contains('\n', StringComparison.Ordinal) ? ChartLayout.TitleLineHeight : 0);
        var firstGrouped = plan.Panels.ToList().FindIndex(p => !p.IsRanking);
        var captions = Captions(plan);
        var plotHeights = plan.Panels.Select((p, i) => PanelPlot.Height(p, i == firstGrouped)).ToArray();
        var height = headerHeight + plotHeights.Sum() + captions.Count(c => c is not null) * ChartLayout.CaptionHeight
            + ((footer.Count + 1) * ChartLayout.FooterLineHeight) + ChartLayout.Margin;
        height = Math.Min(height, ChartLayout.MaxHeight);
        var width = ChartLayout.Width;

        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("SkiaSharp could not create a drawing surface.");
        var canvas = surface.Canvas;
        canvas.Clear(ChartPalette.Background.ToSKColor());

        title.Render(canvas, new Pixel(ChartLayout.Margin, 16), paint, titleText);

        var caption = Text(ChartFonts.Bold, ChartLayout.CaptionSize, ChartPalette.Text);
        var label = Text(ChartFonts.Regular, ChartLayout.LabelSize, ChartPalette.Text);
        var labelWidth = LabelColumnWidth(plan, label, paint);
        var plotWidth = width - ChartLayout.Margin;
        float TextWidth(string text) => label.Measure(text, paint).Width;
        var ranges = SharedRanges(plan, plotWidth - labelWidth - ChartLayout.PlotRightPadding, TextWidth);
        var top = (float)headerHeight;
        var footerTop = height - ChartLayout.Margin - ((footer.Count + 1) * ChartLayout.FooterLineHeight);
        for (var i = 0; i < plan.Panels.Count && top < footerTop; i++)
        {
            if (captions[i] is { } text)
            {
                caption.Render(canvas, new Pixel(ChartLayout.Margin, top + 8), paint, FitWidth(caption, text, width - (2 * ChartLayout.Margin), paint));
                top += ChartLayout.CaptionHeight;
            }
            var bottom = Math.Min(top + plotHeights[i], footerTop);
            using var plot = PanelPlot.Create(plan.Panels[i], i == firstGrouped, labelWidth, ranges[plan.Panels[i].Unit]);
            plot.RenderManager.ClearCanvasBeforeEachRender = false;
            plot.Render(canvas, new PixelRect(ChartLayout.Margin / 2f, width - (ChartLayout.Margin / 2f), bottom, top));
            top = bottom;
        }

        var small = Text(ChartFonts.Regular, ChartLayout.FooterSize, ChartPalette.MutedText);
        var y = height - ChartLayout.Margin - (footer.Count * ChartLayout.FooterLineHeight);
        var version = FitWidth(small, datasetLabel, width / 3, paint);
        var versionWidth = small.Measure(version, paint).Width;
        small.Render(canvas, new Pixel(width - ChartLayout.Margin - versionWidth, y), paint, version);
        foreach (var line in footer)
        {
            small.Render(canvas, new Pixel(ChartLayout.Margin, y), paint, line);
            y += ChartLayout.FooterLineHeight;
        }
        using (var frame = new SKPaint { Color = ChartPalette.Frame.ToSKColor(), IsStroke = true, StrokeWidth = 1 })
        {
            canvas.DrawRect(0.5f, 0.5f, width - 1, height - 1, frame);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return new DrawnChart(data.ToArray(), width, height);
    }

    /// <summary>
    /// The footer's lines: the legend of marks shown and the rows left out, then "Sources: [1] …; [2] …" wrapped to at
    /// most <see cref="ChartLayout.MaxSourceLines"/> lines, the rest counted.
    /// </summary>
    private static List<string> FooterLines(ChartPlan plan, Paint paint)
    {
        var style = Text(ChartFonts.Regular, ChartLayout.FooterSize, ChartPalette.MutedText);
        var lineWidth = (ChartLayout.Width * 2 / 3) - ChartLayout.Margin;
        var fullWidth = ChartLayout.Width - (2 * ChartLayout.Margin);
        var lines = new List<string>(ChartLayout.MaxSourceLines + 1);
        var first = new StringBuilder(96);
        AnswerPhrases.AppendLegend(first, 0, plan.LeaderShown, plan.DisputedShown, plan.ApproximateShown);
        if (plan.RowsLeftOut > 0)
        {
            first.Append(first.Length > 0 ? AnswerPhrases.Separator : "").Append(AnswerPhrases.RowsNotDrawn(plan.RowsLeftOut)).Append(" (the text has them)");
        }
        lines.Add(FitWidth(style, first.ToString(), lineWidth, paint));

        var line = new StringBuilder("Sources:");
        for (var i = 0; i < plan.Sources.Count; i++)
        {
            var entry = Source(plan.Sources[i]) + (i < plan.Sources.Count - 1 ? ";" : "");
            var candidate = line.Length == 0 ? entry : string.Concat(line.ToString(), " ", entry);
            if (style.Measure(candidate, paint).Width <= fullWidth)
            {
                line.Clear().Append(candidate);
                continue;
            }
            if (lines.Count == ChartLayout.MaxSourceLines)
            {
                var more = " " + AnswerPhrases.MoreSources(plan.Sources.Count - i);
                lines.Add(FitWidth(style, line.ToString(), fullWidth - style.Measure(more, paint).Width, paint) + more);
                return lines;
            }
            lines.Add(FitWidth(style, line.ToString(), fullWidth, paint));
            line.Clear().Append(FitWidth(style, entry, fullWidth, paint));
        }
        if (line.Length > 0 && plan.Sources.Count > 0)
        {
            lines.Add(line.ToString());
        }
        return lines;
    }

    /// <summary>
    /// Each panel's caption, or null where it would only repeat the title (a one-panel leaderboard titled
    /// "ARC-AGI-2 leaderboard" needs no "ARC-AGI-2" above its bars).
    /// </summary>
    private static string?[] Captions(ChartPlan plan) =>
        [.. plan.Panels.Select(p => plan.Panels.Count == 1 && plan.Title.Contains(p.Caption, StringComparison.OrdinalIgnoreCase) ? null : p.Caption)];

    /// <summary>The title on one line, or two broken at a space when it is too wide; the second cut with "…" if need be.</summary>
    private static string TitleLines(LabelStyle style, string title, float maxWidth, Paint paint)
    {
        if (style.Measure(title, paint).Width <= maxWidth)
        {
            return title;
        }
        var words = title.Split(' ');
        var first = words[0];
        var taken = 1;
        while (taken < words.Length && style.Measure(first + " " + words[taken], paint).Width <= maxWidth)
        {
            first += " " + words[taken++];
        }
        var rest = string.Join(' ', words.Skip(taken));
        return rest.Length == 0
            ? FitWidth(style, first, maxWidth, paint)
            : string.Concat(FitWidth(style, first, maxWidth, paint), "\n", FitWidth(style, rest, maxWidth, paint));
    }

    /// <summary>One value axis per unit, wide enough for every panel in it: two percent panels share a scale.</summary>
    private static Dictionary<string, ValueRange> SharedRanges(ChartPlan plan, float dataWidth, Func<string, float> textWidth)
    {
        var ranges = new Dictionary<string, ValueRange>(StringComparer.Ordinal);
        foreach (var panel in plan.Panels)
        {
            var range = PanelPlot.Range(panel, dataWidth, textWidth);
            ranges[panel.Unit] = ranges.TryGetValue(panel.Unit, out var other) ? other.Union(range) : range;
        }
        return ranges;
    }

    /// <summary>The widest row label of any panel (as wrapped), so every panel's bars start at the same place.</summary>
    private static float LabelColumnWidth(ChartPlan plan, LabelStyle label, Paint paint)
    {
        var widest = 0f;
        foreach (var group in plan.Panels.SelectMany(p => p.Groups))
        {
            widest = Math.Max(widest, label.Measure(LabelWrap.Wrap(group.Label, ChartLayout.LabelLineLength), paint).Width);
        }
        return widest + ChartLayout.LabelGap + 6;
    }

    /// <summary>"[1] Publisher, 2026-04-11" — the title where no publisher is named.</summary>
    private static string Source(SourceNote note)
    {
        var who = string.IsNullOrWhiteSpace(note.Publisher) || note.Publisher.Equals("unknown", StringComparison.OrdinalIgnoreCase)
            ? TextFit.ToLength(TextFit.SingleLine(note.Title), 60)
            : TextFit.ToLength(TextFit.SingleLine(note.Publisher), 40);
        return string.IsNullOrWhiteSpace(note.Date) ? $"[{note.Number}] {who}" : $"[{note.Number}] {who}, {note.Date}";
    }

    private static LabelStyle Text(SKTypeface typeface, float size, Color color) => new()
    {
        FontName = ChartFonts.Family,
        Font = typeface,
        FontSize = size,
        ForeColor = color,
        Alignment = Alignment.UpperLeft,
    };

    /// <summary><paramref name="text"/>, cut with "…" until it is at most <paramref name="maxWidth"/> pixels wide.</summary>
    private static string FitWidth(LabelStyle style, string text, float maxWidth, Paint paint)
    {
        if (style.Measure(text, paint).Width <= maxWidth)
        {
            return text;
        }
        var length = text.Length;
        while (length > 1)
        {
            length = Math.Max(1, (int)(length * 0.95) - 1);
            var cut = TextFit.ToLength(text, length);
            if (style.Measure(cut, paint).Width <= maxWidth)
            {
                return cut;
            }
        }
        return TextFit.Ellipsis;
    }
}

/// <summary>A drawn PNG and its size in pixels.</summary>
public sealed record DrawnChart(byte[] Png, int Width, int Height);
