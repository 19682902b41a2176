using System.Text.Json;
using ModelBot.Discord.Interactions.Wire;

namespace ModelBot.Discord.Tests.Interactions.Wire;

public class InteractionDataOptionTests
{
    [Theory]
    [InlineData("\"muse-spark\"", "muse-spark")]
    [InlineData("\"gemini \\\"3.1\\\" pro \\u00e9\"", "gemini \"3.1\" pro é")]
    [InlineData("42", "42")]
    [InlineData("-1.5e3", "-1.5e3")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("[1, \"a\"]", "[1, \"a\"]")]
    public void Deserialize_OptionValue_ReadAsItsText(string json, string expected)
    {
        var option = JsonSerializer.Deserialize("""{"name":"model1","type":3,"value":""" + json + "}", InteractionJsonContext.Wire.InteractionDataOption);

        option.ShouldNotBeNull().ValueText.ShouldBe(expected);
    }

    [Theory]
    [InlineData("""{"name":"sub","type":1,"options":[]}""")]
    [InlineData("""{"name":"model1","type":3,"value":null}""")]
    public void Deserialize_NoValue_ValueTextIsNull(string json)
    {
        JsonSerializer.Deserialize(json, InteractionJsonContext.Wire.InteractionDataOption).ShouldNotBeNull().ValueText.ShouldBeNull();
    }
}
