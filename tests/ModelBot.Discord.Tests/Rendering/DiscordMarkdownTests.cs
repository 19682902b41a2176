using System.Text;
using CsCheck;
using ModelBot.Discord.Rendering;
using ModelBot.Rendering.Tests;

namespace ModelBot.Discord.Tests.Rendering;

public class DiscordMarkdownTests
{
    [Theory]
    [InlineData("GPT-5.4", "GPT-5.4")]
    [InlineData("*bold*", @"\*bold\*")]
    [InlineData("a_b~c|d>e`f", @"a\_b\~c\|d\>e\`f")]
    [InlineData("# heading", @"\# heading")]
    [InlineData("- item", @"\- item")]
    [InlineData("[link](http://x)", @"\[link\](http://x)")]
    [InlineData("@everyone <@123>", @"\@everyone \<\@123\>")]
    [InlineData(@"back\slash", @"back\\slash")]
    public void Escape_Specials_AreBackslashed(string text, string expected) =>
        DiscordMarkdown.Escape(text).ShouldBe(expected);

    [Theory]
    [InlineData("**Muse Spark** leads", "**Muse Spark** leads")]
    [InlineData("**a*b** c_d", @"**a\*b** c\_d")]
    [InlineData("unpaired ** marker", @"unpaired \*\* marker")]
    [InlineData("**x** and **y** and **", @"**x** and **y** and \*\*")]
    public void AppendSummary_KeepsBoldPairsAndEscapesTheRest(string summary, string expected) =>
        DiscordMarkdown.AppendSummary(new StringBuilder(), summary).ToString().ShouldBe(expected);

    [Fact]
    public void Escape_AnyText_UnescapesBackToTheOriginal()
    {
        AnswerGenerators.Text(300).Sample(text =>
        {
            var escaped = DiscordMarkdown.Escape(text);
            var unescaped = new StringBuilder();
            for (var i = 0; i < escaped.Length; i++)
            {
                if (escaped[i] == '\\' && i + 1 < escaped.Length)
                {
                    i++;
                }
                unescaped.Append(escaped[i]);
            }
            unescaped.ToString().ShouldBe(text);
        });
    }
}
