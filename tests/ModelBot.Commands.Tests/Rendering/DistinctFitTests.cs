using CsCheck;
using ModelBot.Commands.Rendering;

namespace ModelBot.Commands.Tests.Rendering;

/// <summary>Labels that differ in the data never read the same once cut to a column's width.</summary>
public class DistinctFitTests
{
    [Fact]
    public void ToWidth_LabelsSharingALongStart_KeepTheirDifferingEnds()
    {
        string[] labels = ["Humanity's Last Exam (no tools)", "Humanity's Last Exam (no tools, Contemplating)", "ARC-AGI-2"];

        var fitted = DistinctFit.ToWidth(labels, 26);

        fitted[2].ShouldBe("ARC-AGI-2");
        fitted[0].ShouldNotBe(fitted[1]);
        fitted[0].ShouldEndWith("tools)");
        fitted[1].ShouldEndWith("Contemplating)");
        fitted.ShouldAllBe(f => DisplayWidth.Of(f) <= 26);
    }

    [Fact]
    public void ToWidth_NothingToCut_ReturnsTheLabelsAsTheyAre()
    {
        string[] labels = ["GPQA Diamond", "MMMU Pro"];

        DistinctFit.ToWidth(labels, 26).ShouldBe(labels);
    }

    [Fact]
    public void ToWidth_LabelsThatOnlyCutAlike_AreCutAtTheEndAsUsual()
    {
        string[] labels = ["Output tokens to run the Artificial Analysis Intelligence Index v4.0", "GPQA Diamond"];

        DistinctFit.ToWidth(labels, 20).ShouldBe([TextFit.ToWidth(labels[0], 20), "GPQA Diamond"]);
    }

    [Fact]
    public void ToWidth_AnyLabels_FitAndStayApartWhenTheyDiffer()
    {
        var label = Gen.OneOf("Humanity's Last Exam", "HLE", "(no tools)", "(no tools, Contemplating)", " ", "数据", "🚀", "x", "v4.0", "e\u0301")
            .Array[1, 8].Select(string.Concat);
        Gen.Select(label.Array[1, 12], Gen.Int[3, 40]).Sample((labels, width) =>
        {
            var fitted = DistinctFit.ToWidth(labels, width);

            fitted.Length.ShouldBe(labels.Length);
            for (var i = 0; i < labels.Length; i++)
            {
                DisplayWidth.Of(fitted[i]).ShouldBeLessThanOrEqualTo(width, $"'{fitted[i]}' is wider than {width}");
                for (var j = i + 1; j < labels.Length; j++)
                {
                    if (labels[i] != labels[j])
                    {
                        fitted[i].ShouldNotBe(fitted[j], $"'{labels[i]}' and '{labels[j]}' read the same at width {width}");
                    }
                }
            }
        }, iter: 2000);
    }
}
