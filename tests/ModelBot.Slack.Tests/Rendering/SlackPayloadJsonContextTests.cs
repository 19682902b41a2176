using System.Text.Json;
using ModelBot.Slack.Payloads;

namespace ModelBot.Slack.Tests.Rendering;

public class SlackPayloadJsonContextTests
{
    [Fact]
    public void Serialize_Blocks_AreTypedAndSnakeCase()
    {
        var message = new SlackMessage
        {
            Text = "fallback",
            Blocks =
            [
                new HeaderBlock(TextObject.Plain("Title")),
                new SectionBlock { Text = TextObject.Mrkdwn("*b*"), Fields = [TextObject.Plain("f")] },
                new DividerBlock(),
                new ContextBlock([TextObject.Plain("[1] source")]),
                new ActionsBlock([new ButtonElement { Text = TextObject.Plain("Next"), ActionId = "page", Value = "1" }]),
            ],
            ResponseType = ResponseTypes.InChannel,
            ReplaceOriginal = true,
        };

        JsonSerializer.Serialize(message, SlackPayloadJsonContext.Wire.SlackMessage).ShouldBe(
            """{"text":"fallback","blocks":[{"type":"header","text":{"type":"plain_text","text":"Title"}},{"type":"section","text":{"type":"mrkdwn","text":"*b*"},"fields":[{"type":"plain_text","text":"f"}]},{"type":"divider"},{"type":"context","elements":[{"type":"plain_text","text":"[1] source"}]},{"type":"actions","elements":[{"type":"button","text":{"type":"plain_text","text":"Next"},"action_id":"page","value":"1"}]}],"response_type":"in_channel","replace_original":true}""");
    }

    [Fact]
    public void Deserialize_TypeAfterOtherProperties_StillPicksTheBlock()
    {
        var message = JsonSerializer.Deserialize("""{"text":"t","thread_ts":"1.2","blocks":[{"text":{"type":"plain_text","text":"H"},"type":"header"},{"block_id":"b","type":"divider"}]}""", SlackPayloadJsonContext.Wire.SlackMessage)!;

        message.ThreadTs.ShouldBe("1.2");
        message.Blocks![0].ShouldBe(new HeaderBlock(TextObject.Plain("H")));
        message.Blocks[1].ShouldBe(new DividerBlock { BlockId = "b" });
    }
}
