using ModelBot.LoadHarness.Targets;

namespace ModelBot.LoadHarness.Report;

/// <summary>One scenario's targets and its goal against the peer.</summary>
/// <param name="Scenario">discord or slack.</param>
/// <param name="Targets">ModelBot, bare and (unless skipped) the peer.</param>
/// <param name="PeerThroughputGoal">How many times the peer's throughput ModelBot should reach.</param>
/// <param name="PeerNote">Why the peer is missing, when it is.</param>
public sealed record ScenarioFigures(string Scenario, IReadOnlyList<TargetFigures> Targets, double PeerThroughputGoal, string? PeerNote = null)
{
    /// <summary>The target in <paramref name="role"/>, if it ran.</summary>
    public TargetFigures? Get(TargetRole role) => Targets.FirstOrDefault(target => target.Role == role);
}
