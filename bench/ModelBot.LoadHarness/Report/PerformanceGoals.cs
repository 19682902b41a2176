using System.Globalization;
using ModelBot.LoadHarness.Targets;

namespace ModelBot.LoadHarness.Report;

/// <summary>
/// The targets of issues 4 and 6, judged against the bare endpoint and the platform's Node peer of the same run,
/// plus the condition that makes them meaningful: ModelBot answered every request.
/// </summary>
public static class PerformanceGoals
{
    /// <summary>ModelBot's throughput as a share of the bare endpoint's, at least.</summary>
    public const double MinThroughputVsBare = 0.80;

    /// <summary>ModelBot's p99 as a multiple of the bare endpoint's, at most.</summary>
    public const double MaxP99VsBare = 1.5;

    // Ratios are printed to two decimals; a ratio a hair under the line because of float rounding still counts.
    private const double Tolerance = 1e-9;

    /// <summary>The verdicts for one scenario, in table order.</summary>
    public static IReadOnlyList<GoalVerdict> For(ScenarioFigures figures)
    {
        var modelBot = figures.Get(TargetRole.ModelBot);
        var bare = figures.Get(TargetRole.Bare);
        var peer = figures.Get(TargetRole.Peer);
        var vsBare = Ratio.Of(modelBot?.RequestsPerSecond, bare?.RequestsPerSecond);
        var p99 = Ratio.Of(modelBot?.P99.TotalMilliseconds, bare?.P99.TotalMilliseconds);
        var vsPeer = Ratio.Of(modelBot?.RequestsPerSecond, peer?.RequestsPerSecond);
        var c = CultureInfo.InvariantCulture;
        return
        [
            new(figures.Scenario, "req/s ModelBot ÷ bare", $"≥ {MinThroughputVsBare.ToString("0.00", c)}×", vsBare, Judge(vsBare, r => r >= MinThroughputVsBare - Tolerance)),
            new(figures.Scenario, "p99 ModelBot ÷ bare", $"≤ {MaxP99VsBare.ToString("0.0#", c)}×", p99, Judge(p99, r => r <= MaxP99VsBare + Tolerance)),
            new(figures.Scenario, "req/s ModelBot ÷ peer", $"≥ {figures.PeerThroughputGoal.ToString("0.0#", c)}×", vsPeer, Judge(vsPeer, r => r >= figures.PeerThroughputGoal - Tolerance)),
            new(figures.Scenario, "failed requests ModelBot", "= 0", modelBot?.Failed, modelBot is null ? null : modelBot.Failed == 0, IsRatio: false),
        ];
    }

    private static bool? Judge(double? measured, Func<double, bool> rule) => measured is { } value ? rule(value) : null;
}
