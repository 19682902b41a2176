using ModelBot.Commands.Tests.Support;

namespace ModelBot.Commands.Tests.Building;

/// <summary>Compare labels a row whose source names no setting as the leaderboard does, when the benchmark has named ones.</summary>
public class ComparisonSettingLabelTests
{
    [Fact]
    public void BesideNamedSettings_UnstatedSettingIsSaid()
    {
        var answer = Routers.Real.Ask("/compare muse-spark gpt-5.4 on hle");

        answer.Tables[0].Rows.Select(r => r.Cells[0].Text).ShouldBe(
        [
            "Humanity's Last Exam (no tools)",
            "Humanity's Last Exam (setting not stated)",
        ]);

        // Muse Spark's with-tools figure is a Contemplating run: listed apart, not a shared row.
        answer.Tables[1].Rows.Select(r => r.Cells[0].Text).ShouldContain("Humanity's Last Exam (with tools)");
    }

    [Fact]
    public void OnlyOneSetting_PlainBenchmarkName()
    {
        var answer = Routers.Real.Ask("/compare muse-spark gpt-5.4 on arc-agi-2");

        answer.Tables[0].Rows.Select(r => r.Cells[0].Text).ShouldBe(["ARC-AGI-2"]);
    }
}
