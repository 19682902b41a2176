using System.Globalization;
using System.Text;
using ModelBot.LoadHarness.Targets;

namespace ModelBot.LoadHarness.Report;

/// <summary>
/// The one Markdown table of a run: per scenario a row per target, then ratio rows (ModelBot ÷ bare, ModelBot ÷ peer,
/// bare ÷ peer) with each target's verdict in the cell it judges, and a count of targets met.
/// </summary>
public static class ComparisonTable
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Formats <paramref name="scenarios"/> under a line describing the run.</summary>
    public static string Format(IReadOnlyList<ScenarioFigures> scenarios, string runDescription)
    {
        var text = new StringBuilder();
        text.AppendLine(runDescription).AppendLine();
        text.AppendLine("| Scenario | Target | req/s | p50 ms | p99 ms | CPU µs/req | failed | peak RSS MiB | startup ms |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        var verdicts = new List<GoalVerdict>();
        foreach (var scenario in scenarios)
        {
            var goals = PerformanceGoals.For(scenario);
            verdicts.AddRange(goals);
            foreach (var target in scenario.Targets)
            {
                var failed = target.Role == TargetRole.ModelBot ? WithVerdict(target.Failed.ToString("N0", C), goals[3]) : target.Failed.ToString("N0", C);
                Row(text, scenario.Scenario, target.Name, target.RequestsPerSecond.ToString("N0", C), Milliseconds(target.P50), Milliseconds(target.P99),
                    target.CpuMicrosecondsPerRequest is { } cpu ? cpu.ToString("N0", C) : "—", failed, target.PeakRssBytes is { } rss ? (rss / 1048576.0).ToString("N1", C) : "—", target.Startup.TotalMilliseconds.ToString("N0", C));
            }
            if (scenario.Get(TargetRole.Peer) is null)
            {
                Row(text, scenario.Scenario, $"{scenario.Scenario} peer skipped: {scenario.PeerNote ?? "not run"}", "", "", "", "", "", "", "");
            }
            RatioRow(text, scenario, TargetRole.ModelBot, TargetRole.Bare, "ModelBot ÷ bare", goals[0], goals[1]);
            RatioRow(text, scenario, TargetRole.ModelBot, TargetRole.Peer, "ModelBot ÷ peer", goals[2], null);
            RatioRow(text, scenario, TargetRole.Bare, TargetRole.Peer, "bare ÷ peer", null, null);
        }
        text.AppendLine();
        var met = verdicts.Count(v => v.Met == true);
        var measured = verdicts.Count(v => v.Met is not null);
        text.Append(C, $"Targets met: {met} of {measured}");
        var missing = verdicts.Count - measured;
        text.AppendLine(missing > 0 ? $" ({missing} not measured)." : ".");
        foreach (var verdict in verdicts.Where(v => v.Met != true))
        {
            var shown = verdict.IsRatio ? Number(verdict.Measured) : verdict.Measured?.ToString("N0", C) ?? "—";
            text.AppendLine(C, $"- {verdict.Scenario}: {verdict.Figure} {shown} — {verdict.Word} ({verdict.Requirement})");
        }
        return text.ToString();
    }

    /// <summary>A ratio as printed: two decimals below 10, one above.</summary>
    public static string Number(double? ratio) => ratio switch
    {
        null => "—",
        >= 10 => ratio.Value.ToString("N1", C) + "×",
        _ => ratio.Value.ToString("0.00", C) + "×",
    };

    private static void RatioRow(StringBuilder text, ScenarioFigures scenario, TargetRole top, TargetRole bottom, string label, GoalVerdict? throughput, GoalVerdict? p99)
    {
        var a = scenario.Get(top);
        var b = scenario.Get(bottom);
        if (a is null || b is null)
        {
            return;
        }
        var requests = Number(Ratio.Of(a.RequestsPerSecond, b.RequestsPerSecond));
        var tail = Number(Ratio.Of(a.P99.TotalMilliseconds, b.P99.TotalMilliseconds));
        Row(text, scenario.Scenario, $"*{label}*",
            throughput is null ? requests : WithVerdict(requests, throughput),
            Number(Ratio.Of(a.P50.TotalMilliseconds, b.P50.TotalMilliseconds)),
            p99 is null ? tail : WithVerdict(tail, p99),
            Number(Ratio.Of(a.CpuMicrosecondsPerRequest, b.CpuMicrosecondsPerRequest)),
            "",
            Number(Ratio.Of(a.PeakRssBytes, b.PeakRssBytes)),
            Number(Ratio.Of(a.Startup.TotalMilliseconds, b.Startup.TotalMilliseconds)));
    }

    private static string WithVerdict(string figure, GoalVerdict verdict) =>
        verdict.Met is null ? figure : $"{figure} **{verdict.Word}** ({verdict.Requirement})";

    private static string Milliseconds(TimeSpan value) => value.TotalMilliseconds.ToString(value.TotalMilliseconds >= 100 ? "N0" : "0.00", C);

    private static void Row(StringBuilder text, params string[] cells) => text.AppendLine("| " + string.Join(" | ", cells) + " |");
}
