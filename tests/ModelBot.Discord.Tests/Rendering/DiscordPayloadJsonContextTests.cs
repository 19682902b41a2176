using System.Text.Json;
using ModelBot.Discord.Payloads;

namespace ModelBot.Discord.Tests.Rendering;

public class DiscordPayloadJsonContextTests
{
    [Fact]
    public void Serialize_MessageWithButtons_UsesSnakeCaseTypesAndOmitsNulls()
    {
        var message = new DiscordMessage
        {
            Embeds = [new Embed { Title = "T", Color = 0x5865F2, Fields = [new EmbedField("n", "v", true)], Footer = new EmbedFooter("f") }],
            Components = [new ActionRow([new Button { Style = ButtonStyle.Secondary, Label = "Next ▶", CustomId = "page:1" }])],
            Flags = MessageFlags.Ephemeral,
        };

        JsonSerializer.Serialize(message, DiscordPayloadJsonContext.Wire.DiscordMessage).ShouldBe(
            """{"embeds":[{"title":"T","color":5793266,"fields":[{"name":"n","value":"v","inline":true}],"footer":{"text":"f"}}],"components":[{"components":[{"type":2,"style":2,"label":"Next ▶","custom_id":"page:1"}],"type":1}],"allowed_mentions":{"parse":[]},"flags":64}""");
    }

    [Fact]
    public void Serialize_EmptyMessage_StillSendsEmptyAllowedMentions() =>
        JsonSerializer.Serialize(new DiscordMessage(), DiscordPayloadJsonContext.Default.DiscordMessage).ShouldBe("""{"allowed_mentions":{"parse":[]}}""");

    [Fact]
    public void Deserialize_WirePayload_RoundTrips()
    {
        var message = new DiscordMessage { Content = "hi", Embeds = [new Embed { Description = "d", Author = new EmbedAuthor("a") }] };
        var json = JsonSerializer.Serialize(message, DiscordPayloadJsonContext.Wire.DiscordMessage);

        var back = JsonSerializer.Deserialize(json, DiscordPayloadJsonContext.Wire.DiscordMessage)!;

        back.Content.ShouldBe("hi");
        back.Embeds!.ShouldHaveSingleItem().Author.ShouldBe(new EmbedAuthor("a"));
    }
}
