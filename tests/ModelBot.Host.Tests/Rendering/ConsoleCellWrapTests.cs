using CsCheck;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Rendering;
using ModelBot.Host.Rendering;

namespace ModelBot.Host.Tests.Rendering;

public class ConsoleCellWrapTests
{
    private const string LongLabel = "Output tokens to run the Artificial Analysis Intelligence Index v4.0 (lower is better)";

    [Fact]
    public void WrapText_LongLowerIsBetterLabel_KeepsEveryWordAndTheMarkerOnOneLine()
    {
        var lines = ConsoleCellWrap.WrapText(LongLabel, 40);

        lines.ShouldBe(["Output tokens to run the Artificial", "  Analysis Intelligence Index v4.0", "  (lower is better)"]);
    }

    [Fact]
    public void WrapText_ShortText_IsOneLineUnchanged() =>
        ConsoleCellWrap.WrapText("ARC-AGI-2", 40).ShouldBe(["ARC-AGI-2"]);

    [Fact]
    public void WrapText_WordWiderThanALine_IsSplitNotCut()
    {
        var lines = ConsoleCellWrap.WrapText(new string('x', 25), 10);

        string.Concat(lines.Select(l => l.Trim())).ShouldBe(new string('x', 25));
        lines.ShouldAllBe(l => DisplayWidth.Of(l) <= 10);
    }

    [Fact]
    public void WrapText_AnyText_KeepsEveryCharacterAndFitsTheWidth()
    {
        Gen.Select(Gen.String[Gen.Char["abcde ()"], 0, 120], Gen.Int[4, 50])
            .Sample((text, width) =>
            {
                var lines = ConsoleCellWrap.WrapText(text, width);

                lines.ShouldAllBe(l => DisplayWidth.Of(l) <= width);
                string.Concat(lines.Select(l => l.Replace(" ", "", StringComparison.Ordinal)))
                    .ShouldBe(text.Replace(" ", "", StringComparison.Ordinal));
            }, iter: 500);
    }

    [Fact]
    public void Render_CompareWithLongLowerIsBetterRow_ShowsTheFullLabelAndTheFiguresOnItsFirstLine()
    {
        var answer = new Answer
        {
            Ok = true,
            Command = "compare",
            Title = "a vs b",
            Tables =
            [
                new AnswerTable
                {
                    Caption = "Shared benchmarks",
                    Columns = ["Benchmark", "A", "B"],
                    Rows =
                    [
                        new AnswerRow([new("ARC-AGI-2"), new("42.5%", 42.5), new("76.1%", 76.1, IsLeader: true)]),
                        new AnswerRow([new(LongLabel), new("58 M tokens", 58, IsLeader: true), new("120 M tokens", 120)]),
                    ],
                },
            ],
        };

        var lines = ConsoleTextRenderer.Render(answer).Split('\n');

        lines.ShouldContain("Output tokens to run the Artificial  58 M tokens ★  120 M tokens");
        lines.ShouldContain("  Analysis Intelligence Index v4.0");
        lines.ShouldContain("  (lower is better)");
        lines.ShouldNotContain(l => l.Contains('…'));
    }
}
