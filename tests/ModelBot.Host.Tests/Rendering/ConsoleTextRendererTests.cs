using CsCheck;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Rendering;
using ModelBot.Host.Rendering;
using ModelBot.Rendering.Tests;

namespace ModelBot.Host.Tests.Rendering;

public class ConsoleTextRendererTests
{
    public static TheoryData<string> Samples => ["compare", "benchmark", "model", "error", "help", "huge"];

    private static Answer Sample(string name) => name switch
    {
        "compare" => SampleAnswers.Compare,
        "benchmark" => SampleAnswers.Leaderboard,
        "model" => SampleAnswers.Profile,
        "error" => SampleAnswers.Error,
        "help" => SampleAnswers.Help,
        _ => SampleAnswers.Huge,
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_SampleAnswer_MatchesGoldenFile(string name) =>
        GoldenFile.Verify("ModelBot.Host.Tests", $"{name}.txt", ConsoleTextRenderer.Render(Sample(name)));

    [Fact]
    public void Render_Error_SaysErrorAndDidYouMean() =>
        ConsoleTextRenderer.Render(SampleAnswers.Error).ShouldBe("error: I don't know a model called \"gtp 5.4\".\ndid you mean: gpt-5.4, gpt-5.5");

    [Fact]
    public void Render_Leaderboard_AlignsColumnsAndDrawsScaledBars()
    {
        var lines = ConsoleTextRenderer.Render(SampleAnswers.Leaderboard).Split('\n');

        lines.ShouldContain("#  Model            Score    Evaluator  Src");
        lines.ShouldContain("1  Gemini 3.1 Pro    76.5 ★  Meta       1");
        lines.ShouldContain("Gemini 3.1 Pro   ██████████████████████████████ 76.5");
        lines.ShouldContain("Muse Spark       ████████████████▋              42.5");
    }

    [Fact]
    public void Render_Compare_RightAlignsNumbersUnderTheirHeader()
    {
        var lines = ConsoleTextRenderer.Render(SampleAnswers.Compare).Split('\n');
        var header = lines.Single(l => l.StartsWith("Benchmark", StringComparison.Ordinal));
        var row = lines.Single(l => l.StartsWith("ARC-AGI-2", StringComparison.Ordinal));

        (row.IndexOf("42.5", StringComparison.Ordinal) + 4).ShouldBe(header.IndexOf("Muse Spark", StringComparison.Ordinal) + "Muse Spark".Length);
    }

    [Fact]
    public void Render_WideCharacters_AlignByDisplayWidth()
    {
        var answer = new Answer
        {
            Ok = true,
            Command = "ask",
            Title = "t",
            Tables =
            [
                new AnswerTable
                {
                    Caption = "c",
                    Columns = ["Name", "Value"],
                    Rows = [new AnswerRow([new("数据模型"), new("1", 1)]), new AnswerRow([new("ab"), new("22", 22)])],
                },
            ],
        };

        var lines = ConsoleTextRenderer.Render(answer).Split('\n');

        lines.ShouldContain("Name      Value");
        lines.ShouldContain("数据模型      1");
        lines.ShouldContain("ab           22");
    }

    [Theory]
    [InlineData(100, 100, "██████████████████████████████")]
    [InlineData(50, 100, "███████████████")]
    [InlineData(1, 100, "▎")]
    [InlineData(0.01, 100, "▏")]
    [InlineData(0, 100, "")]
    [InlineData(-5, 100, "")]
    public void AppendBar_Value_DrawsEighthBlocks(double value, double max, string expected)
    {
        var builder = new System.Text.StringBuilder();

        var width = ConsoleBarChart.AppendBar(builder, value, max);

        builder.ToString().ShouldBe(expected);
        width.ShouldBe(expected.Length);
    }

    [Fact]
    public void Render_AnyAnswer_KeepsTableLinesAlignedAndHasNoControlCharacters()
    {
        AnswerGenerators.Answer.Sample(answer =>
        {
            var text = ConsoleTextRenderer.Render(answer);
            text.ShouldNotContain('\u001b');
            text.ShouldNotContain('\r');
            foreach (var table in answer.Ok ? answer.Tables : [])
            {
                if (table.Rows.Count == 0)
                {
                    continue;
                }
                var wrapped = ConsoleCellWrap.Wrap(table, ConsoleTextRenderer.MaxColumnWidth);
                var layout = MonospaceTable.Create(wrapped, 0, wrapped.Rows.Count, new MonospaceTableOptions { MaxColumnWidth = ConsoleTextRenderer.MaxColumnWidth });
                var rule = new string('─', layout.LineWidth);
                text.ShouldContain(rule);
            }
        }, iter: 60);
    }
}
