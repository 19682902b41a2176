using ModelBot.LoadHarness.Cli;
using ModelBot.LoadHarness.Running;

namespace ModelBot.LoadHarness.Tests.Cli;

public sealed class OptionsTests
{
    [Fact]
    public void RunParse_Quick_SetsSmallCountsThatLaterArgumentsOverride()
    {
        var options = RunOptions.Parse(["--requests", "500", "--quick", "--skip-peers", "--scenario", "slack"]);

        options.Requests.ShouldBe(500);
        options.Warmup.ShouldBe(RunOptions.Quick.Warmup);
        options.Rounds.ShouldBe(1);
        options.SkipPeers.ShouldBeTrue();
        options.Scenarios.ShouldBe(["slack"]);
    }

    [Fact]
    public void RunParse_Defaults_AreBoundedAndRepeated()
    {
        var options = RunOptions.Parse([]);

        options.Concurrency.ShouldBe(32);
        options.Rounds.ShouldBeGreaterThanOrEqualTo(2);
        options.Duration.ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(30));
        options.Client.ShouldBe(LoadClientKind.Raw);
    }

    [Theory]
    [InlineData("raw", LoadClientKind.Raw)]
    [InlineData("httpclient", LoadClientKind.HttpClient)]
    [InlineData("HttpClient", LoadClientKind.HttpClient)]
    public void RunParse_Client_Chosen(string value, LoadClientKind expected) =>
        RunOptions.Parse(["--client", value]).Client.ShouldBe(expected);

    [Theory]
    [InlineData("--requests", "0")]
    [InlineData("--requests", "lots")]
    [InlineData("--concurrency", "-1")]
    [InlineData("--bogus", "1")]
    [InlineData("--client", "curl")]
    public void RunParse_BadArgument_NamesIt(string name, string value) =>
        Should.Throw<ArgumentException>(() => RunOptions.Parse([name, value])).Message.ShouldContain(name);

    [Fact]
    public void RunParse_MissingValue_NamesTheArgument() =>
        Should.Throw<ArgumentException>(() => RunOptions.Parse(["--seconds"])).Message.ShouldContain("--seconds");

    [Fact]
    public void SoakParse_Duration_TakesUnits()
    {
        var options = SoakOptions.Parse(["--duration", "10m", "--rate", "150"]);

        options.Duration.ShouldBe(TimeSpan.FromMinutes(10));
        options.Rate.ShouldBe(150);
    }
}
