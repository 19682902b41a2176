using System.Text;
using CsCheck;
using ModelBot.Rendering.Tests;
using ModelBot.Slack.Rendering;

namespace ModelBot.Slack.Tests.Rendering;

public class SlackMrkdwnTests
{
    [Theory]
    [InlineData("GPT-5.4", "GPT-5.4")]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("<!everyone> <@U123>", "&lt;!everyone&gt; &lt;@U123&gt;")]
    [InlineData("> quote", "&gt; quote")]
    [InlineData("*_~`|#", "*_~`|#")]
    [InlineData("&amp;", "&amp;amp;")]
    public void Escape_OnlyAmpersandAndAngleBrackets(string text, string expected) =>
        SlackMrkdwn.Escape(text).ShouldBe(expected);

    [Fact]
    public void EscapeInPlace_FromStart_LeavesEarlierTextAlone()
    {
        var builder = new StringBuilder("<keep>").Append("a<b>&c");

        SlackMrkdwn.EscapeInPlace(builder, 6);

        builder.ToString().ShouldBe("<keep>a&lt;b&gt;&amp;c");
    }

    [Theory]
    [InlineData("Muse Spark", true)]
    [InlineData("a*b", false)]
    [InlineData("snake_case", false)]
    [InlineData("~x~", false)]
    [InlineData("`x`", false)]
    [InlineData("a|b>c", true)]
    public void IsInert_FormattingCharacters_AreDetected(string text, bool inert) =>
        SlackMrkdwn.IsInert(text).ShouldBe(inert);

    [Fact]
    public void Escape_AnyText_LeavesNoRawAngleOrAmpersandAndDecodesBack()
    {
        AnswerGenerators.Text(300).Sample(text =>
        {
            var escaped = SlackMrkdwn.Escape(text);
            escaped.ShouldNotContain('<');
            escaped.ShouldNotContain('>');
            escaped.Replace("&amp;", "").Replace("&lt;", "").Replace("&gt;", "").ShouldNotContain('&');
            escaped.Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&").ShouldBe(text);
        });
    }
}
