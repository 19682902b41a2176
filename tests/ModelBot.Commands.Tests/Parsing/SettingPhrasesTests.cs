using ModelBot.Commands.Parsing;

namespace ModelBot.Commands.Tests.Parsing;

public class SettingPhrasesTests
{
    [Theory]
    [InlineData("arc-agi-2", "arc-agi-2", null)]
    [InlineData("arc-agi-2 with tools", "arc-agi-2", "with tools")]
    [InlineData("HLE w/o tools", "HLE", "no tools")]
    [InlineData("who is best at HLE with tools?", "who is best at HLE ?", "with tools")]
    [InlineData("hle in contemplating mode", "hle", "Contemplating")]
    [InlineData("hle with tools contemplating", "hle", "with tools, Contemplating")]
    [InlineData("toolshed", "toolshed", null)]
    [InlineData("with tools", "", "with tools")]
    public void Extract_Table_SplitsSettingFromWords(string text, string remainder, string? setting)
    {
        var (actualRemainder, actualSetting) = SettingPhrases.Extract(text);
        actualRemainder.ShouldBe(remainder);
        actualSetting.ShouldBe(setting);
    }
}
