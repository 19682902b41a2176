using ModelBot.Core.Names;

namespace ModelBot.Core.Tests.Names;

public class EditDistanceTests
{
    [Theory]
    [InlineData("gpt54", "gpt54", 0)]
    [InlineData("gtp54", "gpt54", 1)]
    [InlineData("gemni31pro", "gemini31pro", 1)]
    [InlineData("musesprak", "musespark", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("ca", "abc", 3)]
    public void Compute_Pairs_GiveOptimalStringAlignmentDistance(string a, string b, int expected)
    {
        EditDistance.Compute(a, b, 10).ShouldBe(expected);
        EditDistance.Compute(b, a, 10).ShouldBe(expected);
    }

    [Theory]
    [InlineData("abcdefgh", "zyxwvuts", 2)]
    [InlineData("a", "abcdefgh", 3)]
    public void Compute_BeyondMax_StopsAtMaxPlusOne(string a, string b, int max)
    {
        EditDistance.Compute(a, b, max).ShouldBe(max + 1);
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 1)]
    [InlineData(5, 2)]
    [InlineData(8, 2)]
    [InlineData(9, 3)]
    [InlineData(40, 3)]
    public void Threshold_ScalesWithLength(int length, int expected) => EditDistance.Threshold(length).ShouldBe(expected);
}
