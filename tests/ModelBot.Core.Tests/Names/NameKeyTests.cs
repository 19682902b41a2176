using ModelBot.Core.Names;

namespace ModelBot.Core.Tests.Names;

public class NameKeyTests
{
    [Theory]
    [InlineData("GPT-5.4", "gpt54")]
    [InlineData("gpt 5.4", "gpt54")]
    [InlineData("  Claude   Opus 4.6 ", "claudeopus46")]
    [InlineData("Humanity's Last Exam", "humanityslastexam")]
    [InlineData("τ²-Bench Telecom", "τ2benchtelecom")]
    [InlineData("ÉLO", "élo")]
    [InlineData("--- ...", "")]
    public void Normalize_Text_KeepsLowercaseLettersAndDigits(string text, string expected) =>
        NameKey.Normalize(text).ShouldBe(expected);

    [Theory]
    [InlineData("gpt54", true)]
    [InlineData("46", false)]
    [InlineData("", false)]
    public void HasLetter_Key_TellsNamesFromNumbers(string key, bool expected) => NameKey.HasLetter(key).ShouldBe(expected);
}
