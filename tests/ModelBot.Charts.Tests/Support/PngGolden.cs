using ModelBot.Rendering.Tests;
using SkiaSharp;

namespace ModelBot.Charts.Tests.Support;

/// <summary>
/// PNG golden files under <c>tests/ModelBot.Charts.Tests/Golden</c>, compared pixel by pixel with a small tolerance
/// (anti-aliasing may differ by a shade between SkiaSharp builds); <c>MODELBOT_UPDATE_GOLDEN=1</c> rewrites them, as
/// for every other golden file. Look at a rewritten image before committing it.
/// </summary>
internal static class PngGolden
{
    /// <summary>A channel may differ by this much before its pixel counts as different.</summary>
    public const int ChannelTolerance = 40;

    /// <summary>Share of pixels that may differ.</summary>
    public const double PixelTolerance = 0.002;

    public static string PathOf(string name) => Path.Combine(GoldenFile.RepositoryRoot(), "tests", "ModelBot.Charts.Tests", "Golden", name);

    public static void Verify(string name, ReadOnlySpan<byte> png)
    {
        var path = PathOf(name);
        if (GoldenFile.Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, png.ToArray());
            return;
        }
        File.Exists(path).ShouldBeTrue($"missing golden image {path}; run the tests with MODELBOT_UPDATE_GOLDEN=1 and look at it");
        using var expected = SKBitmap.Decode(path);
        using var actual = SKBitmap.Decode(png.ToArray());
        actual.ShouldNotBeNull("the chart is not a readable PNG");
        (actual.Width, actual.Height).ShouldBe((expected.Width, expected.Height), $"{name} changed size; if intended, rerun with MODELBOT_UPDATE_GOLDEN=1 and look at it");
        var differing = DifferingPixels(expected, actual);
        var share = (double)differing / (expected.Width * expected.Height);
        share.ShouldBeLessThanOrEqualTo(PixelTolerance, $"{name}: {differing} pixels differ from the golden image; if intended, rerun with MODELBOT_UPDATE_GOLDEN=1 and look at it");
    }

    public static int DifferingPixels(SKBitmap expected, SKBitmap actual)
    {
        var differing = 0;
        for (var y = 0; y < expected.Height; y++)
        {
            for (var x = 0; x < expected.Width; x++)
            {
                var a = expected.GetPixel(x, y);
                var b = actual.GetPixel(x, y);
                if (Math.Abs(a.Red - b.Red) > ChannelTolerance || Math.Abs(a.Green - b.Green) > ChannelTolerance || Math.Abs(a.Blue - b.Blue) > ChannelTolerance)
                {
                    differing++;
                }
            }
        }
        return differing;
    }
}
