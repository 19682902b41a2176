using System.Net;
using System.Text;

namespace ModelBot.Host.Tests.Robustness;

/// <summary>The fuzzers' judge catches what it must: the barrage passing means something only if these fail.</summary>
public class ReplyRulesTests
{
    private static FuzzResponse Answer(string route, int status, string body) =>
        new(route, (HttpStatusCode)status, "application/json", Encoding.UTF8.GetBytes(body), "test");

    [Theory]
    [InlineData("/slack/commands", 500, "")]
    [InlineData("/slack/commands", 302, "")]
    [InlineData("/slack/commands", 200, "not json")]
    [InlineData("/slack/commands", 200, """{"blocks":[]}""")]
    [InlineData("/slack/commands", 200, """{"text":"hi <!channel>"}""")]
    [InlineData("/slack/commands", 200, """{"text":"hi","blocks":[{"type":"section","text":{"type":"mrkdwn","text":"ping <@U1>"}}]}""")]
    [InlineData("/slack/interactivity", 200, """{"text":"x"}""")]
    [InlineData("/slack/events", 200, """{"ok":true}""")]
    [InlineData("/discord/interactions", 200, """{"type":4,"data":{"content":"@everyone"}}""")]
    [InlineData("/discord/interactions", 200, """{"type":4,"data":{"content":"x","allowed_mentions":{"parse":["everyone"]}}}""")]
    [InlineData("/discord/interactions", 200, """{"type":4,"data":{"embeds":[{"title":"Oops","color":15548997}],"allowed_mentions":{"parse":[]}}}""")]
    [InlineData("/discord/interactions", 200, """{"type":42}""")]
    public void Problems_BadAnswer_IsReported(string route, int status, string body) =>
        ReplyRules.Problems(Answer(route, status, body)).ShouldNotBeEmpty();

    [Theory]
    [InlineData("/slack/commands", 401, "")]
    [InlineData("/slack/commands", 200, "")]
    [InlineData("/slack/commands", 200, """{"text":"&lt;!channel&gt;","blocks":[{"type":"header","text":{"type":"plain_text","text":"<!channel> is plain here"}}]}""")]
    [InlineData("/slack/events", 200, """{"challenge":"c"}""")]
    [InlineData("/discord/interactions", 200, """{"type":1}""")]
    [InlineData("/discord/interactions", 200, """{"type":4,"data":{"embeds":[{"title":"Oops","color":15548997}],"flags":64,"allowed_mentions":{"parse":[]}}}""")]
    public void Problems_WellFormedAnswer_IsNone(string route, int status, string body) =>
        ReplyRules.Problems(Answer(route, status, body)).ShouldBeEmpty();
}
