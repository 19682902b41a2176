using ModelBot.LoadHarness.Bare;
using ModelBot.LoadHarness.Discord;
using ModelBot.LoadHarness.Report;
using ModelBot.LoadHarness.Running;
using ModelBot.LoadHarness.Scenarios;
using ModelBot.LoadHarness.Slack;
using ModelBot.LoadHarness.Targets;

namespace ModelBot.LoadHarness.Tests.Scenarios;

/// <summary>
/// The harness end to end on in-process servers, a couple of hundred requests each: every request answered, and the
/// table built from the runs has every row. (The real targets run out of process under bench/run.)
/// </summary>
public sealed class HarnessSmokeTests
{
    [Fact]
    public async Task Run_InProcessTargets_AnswersEverythingAndTabulatesEveryTarget()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var discord = new DiscordSigner();
        var slack = SlackSigner.CreateRandom();
        var pairs = ModelPairs.Load(RepositoryPaths.Data);
        await using var first = BareServer.Build(0, discord.PublicKeyHex, slack.SigningSecret);
        await using var second = BareServer.Build(0, discord.PublicKeyHex, slack.SigningSecret);
        await first.StartAsync(cancel);
        await second.StartAsync(cancel);
        IRequestFactory[] scenarios = [new DiscordCompareRequests(pairs, discord, "1180000000000000001", DateTimeOffset.UtcNow), new SlackCompareRequests(pairs, slack, TimeProvider.System)];
        var roles = new[] { (TargetRole.ModelBot, first, "stand-in A"), (TargetRole.Bare, second, "stand-in B"), (TargetRole.Peer, first, "stand-in C") };

        var figures = new List<ScenarioFigures>();
        foreach (var (requests, name) in scenarios.Zip(["discord", "slack"]))
        {
            var targets = new List<TargetFigures>();
            foreach (var (role, app, label) in roles)
            {
                using var client = LoadRunner.CreateClient(8);
                var run = await LoadRunner.RunAsync(client, requests, BareServer.Address(app), 200, 8, TimeSpan.FromMinutes(1), cancel);
                run.Failed.ShouldBe(0);
                run.Answered.ShouldBe(200);
                run.P99.ShouldBeGreaterThanOrEqualTo(run.P50);
                targets.Add(ScenarioRunner.Figures(label, role, [run], ProcessMemory.Read(Environment.ProcessId)?.PeakRssBytes, TimeSpan.FromMilliseconds(1)));
            }
            figures.Add(new ScenarioFigures(name, targets, 4.0));
        }
        var table = ComparisonTable.Format(figures, "smoke");

        foreach (var scenario in new[] { "discord", "slack" })
        {
            foreach (var row in new[] { "stand-in A", "stand-in B", "stand-in C", "*ModelBot ÷ bare*", "*ModelBot ÷ peer*", "*bare ÷ peer*" })
            {
                table.ShouldContain($"| {scenario} | {row} |");
            }
        }
        table.ShouldContain("Targets met:");
    }

    [Fact]
    public void Figures_SeveralRounds_BestRoundCountsAndEveryFailureIsKept()
    {
        RunResult[] rounds =
        [
            new(Answered: 9_000, Failed: 2, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(3), TimeSpan.FromMilliseconds(30)),
            new(Answered: 10_000, Failed: 1, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(2), TimeSpan.FromMilliseconds(20)) { TargetCpu = TimeSpan.FromSeconds(1.0001) },
        ];

        var figures = ScenarioRunner.Figures("t", TargetRole.ModelBot, rounds, 5, TimeSpan.FromSeconds(1));

        figures.RequestsPerSecond.ShouldBe(10_000);
        figures.P99.ShouldBe(TimeSpan.FromMilliseconds(20));
        figures.Failed.ShouldBe(3);
        figures.CpuMicrosecondsPerRequest.ShouldNotBeNull().ShouldBe(100, tolerance: 1e-9); // 1.0001 s over 10,001 requests
    }
}
