using System.Reflection;
using ScottPlot;
using SkiaSharp;

namespace ModelBot.Charts.Drawing;

/// <summary>
/// The chart typeface, DejaVu Sans (Bitstream Vera licence, Fonts/DejaVu-LICENSE.txt), loaded from this assembly rather
/// than the system so a bare server draws the picture a laptop draws. ScottPlot resolves fonts by family name through
/// a process-wide resolver list; ours goes first, once, under a family name no system font has.
/// </summary>
public static class ChartFonts
{
    /// <summary>The family name every chart label asks for.</summary>
    public const string Family = "ModelBot Chart Sans";

    private static readonly Lazy<EmbeddedFontResolver> Resolver = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The regular typeface (registers the resolver on first use).</summary>
    public static SKTypeface Regular => Resolver.Value.Regular;

    /// <summary>The bold typeface.</summary>
    public static SKTypeface Bold => Resolver.Value.Bold;

    /// <summary>Makes sure ScottPlot resolves <see cref="Family"/> to the embedded typefaces.</summary>
    public static void EnsureRegistered() => _ = Resolver.Value;

    private static EmbeddedFontResolver Register()
    {
        var resolver = new EmbeddedFontResolver(Load("DejaVuSans.ttf"), Load("DejaVuSans-Bold.ttf"));
        // ScottPlot's resolver list is its own global; this is the one write, made once per process.
        lock (Fonts.FontResolvers)
        {
            Fonts.FontResolvers.Insert(0, resolver);
        }
        return resolver;
    }

    private static SKTypeface Load(string file)
    {
        var name = "ModelBot.Charts.Fonts." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The chart font {name} is not embedded in {typeof(ChartFonts).Assembly.GetName().Name}.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The chart font {name} could not be read.");
    }

    /// <summary>Answers <see cref="Family"/> (regular or bold) with the embedded typefaces; every other name is left to the next resolver.</summary>
    private sealed class EmbeddedFontResolver(SKTypeface regular, SKTypeface bold) : IFontResolver
    {
        public SKTypeface Regular { get; } = regular;

        public SKTypeface Bold { get; } = bold;

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            fontName == Family ? (weight >= FontWeight.SemiBold ? Bold : Regular) : null;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            fontName == Family ? (bold ? Bold : Regular) : null;
    }
}
