using ModelBot.LoadHarness.Report;
using static ModelBot.LoadHarness.Tests.Report.FiguresFixture;

namespace ModelBot.LoadHarness.Tests.Report;

public sealed class PerformanceGoalsTests
{
    [Theory]
    [InlineData(8_000, true)]   // exactly 80% of bare
    [InlineData(7_999, false)]
    [InlineData(12_000, true)]
    public void For_ThroughputAgainstBare_MetFromEightyPercent(double modelBotRps, bool met) =>
        PerformanceGoals.For(Scenario("discord", 4.0, ModelBotTarget(rps: modelBotRps), BareTarget(rps: 10_000), PeerTarget()))[0].Met.ShouldBe(met);

    [Theory]
    [InlineData(12.0, true)]    // exactly 1.5 × bare's 8 ms
    [InlineData(12.1, false)]
    [InlineData(4.0, true)]
    public void For_P99AgainstBare_MetUpToOneAndAHalfTimes(double modelBotP99, bool met)
    {
        var verdict = PerformanceGoals.For(Scenario("discord", 4.0, ModelBotTarget(p99: modelBotP99), BareTarget(p99: 8), PeerTarget()))[1];

        verdict.Met.ShouldBe(met);
        verdict.Measured.ShouldNotBeNull().ShouldBe(modelBotP99 / 8, tolerance: 1e-12);
    }

    [Theory]
    [InlineData("discord", 4.0, 8_000, true)]
    [InlineData("slack", 4.5, 8_000, false)]  // 4× the peer is enough for Discord, not for Slack
    [InlineData("slack", 4.5, 9_000, true)]
    public void For_ThroughputAgainstPeer_UsesTheScenarioGoal(string scenario, double goal, double modelBotRps, bool met) =>
        PerformanceGoals.For(Scenario(scenario, goal, ModelBotTarget(rps: modelBotRps), BareTarget(rps: 10_000), PeerTarget(rps: 2_000)))[2].Met.ShouldBe(met);

    [Fact]
    public void For_PeerSkipped_PeerGoalIsNotMeasuredAndTheOthersStillAre()
    {
        var verdicts = PerformanceGoals.For(Scenario("slack", 4.5, ModelBotTarget(), BareTarget()));

        verdicts[2].Met.ShouldBeNull();
        verdicts[2].Word.ShouldBe("not measured");
        verdicts[0].Met.ShouldBe(true);
    }

    [Fact]
    public void For_ModelBotFailedRequests_FailureGoalMissed()
    {
        var verdicts = PerformanceGoals.For(Scenario("slack", 4.5, ModelBotTarget(failed: 3), BareTarget(), PeerTarget()));

        verdicts[3].Met.ShouldBe(false);
        verdicts[3].Measured.ShouldBe(3);
    }

    [Fact]
    public void For_BareMeasuredNothing_RatiosAreNotMeasured()
    {
        var verdicts = PerformanceGoals.For(Scenario("discord", 4.0, ModelBotTarget(), BareTarget(rps: 0, p99: 0), PeerTarget()));

        verdicts[0].Met.ShouldBeNull();
        verdicts[1].Met.ShouldBeNull();
    }
}
