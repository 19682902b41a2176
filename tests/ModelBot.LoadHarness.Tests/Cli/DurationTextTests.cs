using ModelBot.LoadHarness.Cli;

namespace ModelBot.LoadHarness.Tests.Cli;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("10m", 600)]
    [InlineData("90s", 90)]
    [InlineData("90", 90)]
    [InlineData("1h", 3600)]
    [InlineData(" 2M ", 120)]
    public void TryParse_WithUnit_GivesSeconds(string text, int seconds)
    {
        DurationText.TryParse(text, out var value).ShouldBeTrue();
        value.ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData("")]
    [InlineData("m")]
    [InlineData("10x")]
    [InlineData("-5m")]
    [InlineData("1.5m")]
    public void TryParse_Malformed_IsRejected(string text) => DurationText.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData(600, "10m")]
    [InlineData(90, "90s")]
    [InlineData(3600, "1h")]
    [InlineData(5400, "1h30m")]
    [InlineData(30, "30s")]
    public void Format_RoundTripsWhatPeopleType(int seconds, string expected) => DurationText.Format(TimeSpan.FromSeconds(seconds)).ShouldBe(expected);
}
