namespace ModelBot.LoadHarness.Report;

/// <summary>One performance target and whether this run met it.</summary>
/// <param name="Scenario">discord or slack.</param>
/// <param name="Figure">The ratio judged, e.g. <c>req/s ModelBot ÷ bare</c>.</param>
/// <param name="Requirement">E.g. <c>≥ 0.80×</c>.</param>
/// <param name="Measured">The ratio, or null when a side did not run.</param>
/// <param name="Met">True met, false missed, null not measured.</param>
/// <param name="IsRatio">Whether <paramref name="Measured"/> is a ratio (shown as 0.80×) or a count (shown as 3).</param>
public sealed record GoalVerdict(string Scenario, string Figure, string Requirement, double? Measured, bool? Met, bool IsRatio = true)
{
    /// <summary><c>met</c>, <c>missed</c> or <c>not measured</c>.</summary>
    public string Word => Met switch { true => "met", false => "missed", null => "not measured" };
}
