using ModelBot.LoadHarness.Report;
using static ModelBot.LoadHarness.Tests.Report.FiguresFixture;

namespace ModelBot.LoadHarness.Tests.Report;

public sealed class ComparisonTableTests
{
    [Fact]
    public void Format_TwoScenarios_HasARowPerTargetAndPerRatio()
    {
        var table = ComparisonTable.Format([Scenario("discord", 4.0), Scenario("slack", 4.5)], "run description");

        var rows = Lines(table).Where(line => line.StartsWith("| discord |", StringComparison.Ordinal) || line.StartsWith("| slack |", StringComparison.Ordinal)).ToList();
        rows.Count.ShouldBe(12);
        foreach (var scenario in new[] { "discord", "slack" })
        {
            foreach (var label in new[] { "ModelBot (host)", "bare Kestrel", "Node peer", "*ModelBot ÷ bare*", "*ModelBot ÷ peer*", "*bare ÷ peer*" })
            {
                rows.ShouldContain(row => row.StartsWith($"| {scenario} | {label} |", StringComparison.Ordinal));
            }
        }
        table.ShouldStartWith("run description");
    }

    [Fact]
    public void Format_Figures_ShowsValuesInTheirUnits()
    {
        var table = ComparisonTable.Format([Scenario()], "");

        Row(table, "| discord | ModelBot (host) |").ShouldBe("| discord | ModelBot (host) | 8,000 | 3.00 | 12.00 | 120 | 0 **met** (= 0) | 100.0 | 700 |");
        Row(table, "| discord | bare Kestrel |").ShouldBe("| discord | bare Kestrel | 10,000 | 2.00 | 8.00 | 60 | 0 | 50.0 | 350 |");
    }

    [Fact]
    public void Format_Ratios_EveryFigureAgainstBareAndPeerWithVerdicts()
    {
        var table = ComparisonTable.Format([Scenario()], "");

        // ModelBot 8,000 req/s vs bare 10,000: 0.80× meets ≥ 0.80×; p99 12 vs 8 ms: 1.50× meets ≤ 1.5×.
        Row(table, "| discord | *ModelBot ÷ bare* |").ShouldBe("| discord | *ModelBot ÷ bare* | 0.80× **met** (≥ 0.80×) | 1.50× | 1.50× **met** (≤ 1.5×) | 2.00× |  | 2.00× | 2.00× |");
        Row(table, "| discord | *ModelBot ÷ peer* |").ShouldBe("| discord | *ModelBot ÷ peer* | 4.00× **met** (≥ 4.0×) | 0.20× | 0.30× | 0.40× |  | 1.25× | 2.50× |");
        Row(table, "| discord | *bare ÷ peer* |").ShouldBe("| discord | *bare ÷ peer* | 5.00× | 0.13× | 0.20× | 0.20× |  | 0.63× | 1.25× |");
        table.ShouldContain("Targets met: 4 of 4.");
    }

    [Fact]
    public void Format_MissedTargets_AreMarkedAndListed()
    {
        var table = ComparisonTable.Format([Scenario("slack", 4.5, ModelBotTarget(rps: 5_000, p99: 20), BareTarget(), PeerTarget())], "");

        Row(table, "| slack | *ModelBot ÷ bare* |").ShouldStartWith("| slack | *ModelBot ÷ bare* | 0.50× **missed** (≥ 0.80×) | 1.50× | 2.50× **missed** (≤ 1.5×) |");
        Row(table, "| slack | *ModelBot ÷ peer* |").ShouldStartWith("| slack | *ModelBot ÷ peer* | 2.50× **missed** (≥ 4.5×) |");
        table.ShouldContain("Targets met: 1 of 4.");
        table.ShouldContain("- slack: req/s ModelBot ÷ bare 0.50× — missed (≥ 0.80×)");
        table.ShouldContain("- slack: p99 ModelBot ÷ bare 2.50× — missed (≤ 1.5×)");
        table.ShouldContain("- slack: req/s ModelBot ÷ peer 2.50× — missed (≥ 4.5×)");
    }

    [Fact]
    public void Format_ModelBotFailedRequests_MarkedInItsRowAndListedAsACount()
    {
        var table = ComparisonTable.Format([Scenario("discord", 4.0, ModelBotTarget(failed: 1_234), BareTarget(), PeerTarget())], "");

        Row(table, "| discord | ModelBot (host) |").ShouldContain("| 1,234 **missed** (= 0) |");
        table.ShouldContain("- discord: failed requests ModelBot 1,234 — missed (= 0)");
    }

    [Fact]
    public void Format_PeerSkipped_SaysWhyAndCountsItAsNotMeasured()
    {
        var table = ComparisonTable.Format([new ScenarioFigures("slack", [ModelBotTarget(), BareTarget()], 4.5, "node not found on PATH")], "");

        table.ShouldContain("| slack | slack peer skipped: node not found on PATH |");
        table.ShouldNotContain("*ModelBot ÷ peer*");
        table.ShouldContain("Targets met: 3 of 3 (1 not measured).");
    }

    [Fact]
    public void Format_UnknownRss_ShowsADashNotAZeroRatio()
    {
        var table = ComparisonTable.Format([Scenario("discord", 4.0, ModelBotTarget() with { PeakRssBytes = null }, BareTarget(), PeerTarget())], "");

        Row(table, "| discord | ModelBot (host) |").ShouldContain("| — |");
        Row(table, "| discord | *ModelBot ÷ bare* |").ShouldContain("|  | — |");
    }

    [Theory]
    [InlineData(0.8, "0.80×")]
    [InlineData(4.456, "4.46×")]
    [InlineData(15.94, "15.9×")]
    [InlineData(1234.5, "1,234.5×")]
    public void Number_Ratio_TwoDecimalsBelowTen(double ratio, string expected) => ComparisonTable.Number(ratio).ShouldBe(expected);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.TrimEntries);

    private static string Row(string table, string prefix) => Lines(table).Single(line => line.StartsWith(prefix, StringComparison.Ordinal));
}
