using ModelBot.LoadHarness.Report;
using ModelBot.LoadHarness.Targets;

namespace ModelBot.LoadHarness.Tests.Report;

/// <summary>Scenario figures with round numbers, so ratios and verdicts can be read off by eye.</summary>
internal static class FiguresFixture
{
    public const long MiB = 1024 * 1024;

    public static TargetFigures ModelBotTarget(double rps = 8_000, double p99 = 12, int failed = 0) =>
        new("ModelBot (host)", TargetRole.ModelBot, rps, TimeSpan.FromMilliseconds(3), TimeSpan.FromMilliseconds(p99), failed, 100 * MiB, TimeSpan.FromMilliseconds(700)) { CpuMicrosecondsPerRequest = 120 };

    public static TargetFigures BareTarget(double rps = 10_000, double p99 = 8) =>
        new("bare Kestrel", TargetRole.Bare, rps, TimeSpan.FromMilliseconds(2), TimeSpan.FromMilliseconds(p99), 0, 50 * MiB, TimeSpan.FromMilliseconds(350)) { CpuMicrosecondsPerRequest = 60 };

    public static TargetFigures PeerTarget(double rps = 2_000) =>
        new("Node peer", TargetRole.Peer, rps, TimeSpan.FromMilliseconds(15), TimeSpan.FromMilliseconds(40), 0, 80 * MiB, TimeSpan.FromMilliseconds(280)) { CpuMicrosecondsPerRequest = 300 };

    public static ScenarioFigures Scenario(string name = "discord", double goal = 4.0, params TargetFigures[] targets) =>
        new(name, targets.Length > 0 ? targets : [ModelBotTarget(), BareTarget(), PeerTarget()], goal);
}
