namespace ModelBot.Charts.Drawing;

/// <summary>
/// Sizes in pixels. The image is drawn at about twice the width a phone shows it, so text stays sharp when Discord or
/// Slack scales it down, and its text is large for its width (labels 19 px of 960) so it still reads on a phone.
/// </summary>
public static class ChartLayout
{
    /// <summary>Image width.</summary>
    public const int Width = 960;

    /// <summary>Tallest image: Discord and Slack shrink taller ones until their text cannot be read.</summary>
    public const int MaxHeight = 2400;

    /// <summary>Space left and right of the title and footer.</summary>
    public const int Margin = 24;

    /// <summary>The title's font size.</summary>
    public const float TitleSize = 30;

    /// <summary>A panel caption's font size.</summary>
    public const float CaptionSize = 22;

    /// <summary>Tick labels, bar values and the legend.</summary>
    public const float LabelSize = 19;

    /// <summary>The footer's font size.</summary>
    public const float FooterSize = 15;

    /// <summary>Height of the title band.</summary>
    public const int HeaderHeight = 64;

    /// <summary>Height a second title line adds.</summary>
    public const int TitleLineHeight = 36;

    /// <summary>Height of one footer line.</summary>
    public const int FooterLineHeight = 22;

    /// <summary>Most footer lines of sources.</summary>
    public const int MaxSourceLines = 3;

    /// <summary>A ranking's row: one bar.</summary>
    public const int RankingRowHeight = 44;

    /// <summary>One bar of a comparison's group.</summary>
    public const int GroupBarHeight = 25;

    /// <summary>Space between two groups of a comparison.</summary>
    public const int GroupGap = 18;

    /// <summary>Height of a panel's caption, drawn left-aligned above its plot.</summary>
    public const int CaptionHeight = 40;

    /// <summary>Below a panel's bars: the value axis's ticks and its label.</summary>
    public const int AxisHeight = 72;

    /// <summary>Above a panel's bars when it has no legend.</summary>
    public const int PlotTopPadding = 8;

    /// <summary>Right of a panel's plot area.</summary>
    public const int PlotRightPadding = 16;

    /// <summary>Between the row labels and the bars.</summary>
    public const int LabelGap = 14;

    /// <summary>The legend band above a comparison panel.</summary>
    public const int LegendHeight = 44;

    /// <summary>Row labels wrap at this many characters a line.</summary>
    public const int LabelLineLength = 24;

    /// <summary>Room right of the longest bar for its value label, as a share of the longest value.</summary>
    public const double ValueLabelRoom = 0.22;
}
