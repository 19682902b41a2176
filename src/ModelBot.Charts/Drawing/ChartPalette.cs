using ScottPlot;

namespace ModelBot.Charts.Drawing;

/// <summary>
/// Colours: the Okabe–Ito palette, which stays distinguishable with every common colour-vision deficiency, on an opaque
/// white card with near-black text, so a chart reads the same on Discord's and Slack's dark and light themes. Yellow is
/// left out: it vanishes on white.
/// </summary>
public static class ChartPalette
{
    /// <summary>The card behind everything.</summary>
    public static readonly Color Background = Color.FromHex("#FFFFFF");

    /// <summary>Titles, labels and values.</summary>
    public static readonly Color Text = Color.FromHex("#1F2328");

    /// <summary>Captions, axis labels, the footer.</summary>
    public static readonly Color MutedText = Color.FromHex("#57606A");

    /// <summary>Grid lines.</summary>
    public static readonly Color Grid = Color.FromHex("#D8DEE4");

    /// <summary>The card's frame, so a white chart keeps its edge on a light theme.</summary>
    public static readonly Color Frame = Color.FromHex("#D0D7DE");

    /// <summary>A ranking's leader: Okabe–Ito blue.</summary>
    public static readonly Color Leader = Color.FromHex("#0072B2");

    /// <summary>A ranking's other bars: Okabe–Ito sky blue, lighter than the leader for any colour vision.</summary>
    public static readonly Color Others = Color.FromHex("#56B4E9");

    /// <summary>One colour per model of a comparison, in column order.</summary>
    public static readonly IReadOnlyList<Color> Series =
    [
        Color.FromHex("#0072B2"), // blue
        Color.FromHex("#E69F00"), // orange
        Color.FromHex("#009E73"), // bluish green
        Color.FromHex("#CC79A7"), // reddish purple
        Color.FromHex("#D55E00"), // vermillion
        Color.FromHex("#56B4E9"), // sky blue
        Color.FromHex("#000000"), // black
    ];
}
