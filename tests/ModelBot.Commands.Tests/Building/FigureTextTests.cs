using ModelBot.Commands.Building;
using ModelBot.Core.Dataset;

namespace ModelBot.Commands.Tests.Building;

public class FigureTextTests
{
    [Theory]
    [InlineData(42.8, Unit.Percent, "42.8%")]
    [InlineData(1444, Unit.Elo, "1444 Elo")]
    [InlineData(120, Unit.MillionTokens, "120 M tokens")]
    [InlineData(5000, Unit.Tokens, "5000 tokens")]
    [InlineData(57.5, Unit.Score, "57.5 points")]
    [InlineData(0.1, Unit.Percent, "0.1%")]
    public void Value_Unit_FormatsInvariant(double value, Unit unit, string expected)
    {
        FigureText.Value(value, unit).ShouldBe(expected);
    }

    [Theory]
    [InlineData(42.8, 40.1, Unit.Percent, "2.7 points")]
    [InlineData(53.1, 52.1, Unit.Percent, "1 point")]
    [InlineData(120, 58, Unit.MillionTokens, "62 M tokens")]
    [InlineData(76.1, 76, Unit.Percent, "0.1 points")]
    public void Difference_TwoValues_RoundedToDataPrecision(double a, double b, Unit unit, string expected)
    {
        FigureText.Difference(a, b, unit).ShouldBe(expected);
    }

    [Theory]
    [InlineData(33.0, 1, Unit.Percent, "33.0%")]
    [InlineData(42.8, 1, Unit.Percent, "42.8%")]
    [InlineData(42.8, 0, Unit.Percent, "42.8%")]
    [InlineData(1444, 0, Unit.Elo, "1444 Elo")]
    [InlineData(80, 0, Unit.Percent, "80%")]
    public void Value_Figure_KeepsTheDecimalsTheDataWrites(double value, int decimals, Unit unit, string expected)
    {
        // 004 writes ZeroBench "33.0" and Gemma's LiveCodeBench v6 is "80%" in 001: each as its article writes it.
        FigureText.Value(Figure(value, decimals), unit).ShouldBe(expected);
    }

    [Theory]
    [InlineData(41.0, 1, 33.0, 1, "8.0 points")]
    [InlineData(53.1, 1, 52.1, 1, "1.0 point")]
    [InlineData(57, 0, 52, 0, "5 points")]
    public void Difference_Figures_ToTheirWrittenPrecision(double a, int aDecimals, double b, int bDecimals, string expected)
    {
        FigureText.Difference(Figure(a, aDecimals), Figure(b, bDecimals), Unit.Percent).ShouldBe(expected);
    }

    private static Result Figure(double value, int decimals) => new()
    {
        Model = "m",
        Benchmark = "b",
        Setting = "default",
        Value = value,
        Decimals = decimals,
        Evaluator = "Meta",
        Source = "s",
        Passage = "p",
    };
}
