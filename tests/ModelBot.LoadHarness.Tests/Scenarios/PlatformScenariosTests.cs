using ModelBot.LoadHarness.Scenarios;
using ModelBot.LoadHarness.Targets;

namespace ModelBot.LoadHarness.Tests.Scenarios;

public sealed class PlatformScenariosTests
{
    [Fact]
    public async Task Create_OnePair_DiscordThenSlackEachComparingThatPairOnItsOwnRoute()
    {
        using var credentials = new HarnessCredentials();

        var scenarios = PlatformScenarios.Create([("model-one", "model-two")], credentials, TimeProvider.System);

        scenarios.Select(scenario => scenario.Name).ShouldBe(["discord", "slack"]); // --scenario names; soak probes the first
        scenarios.Select(scenario => scenario.Requests.Route).ShouldBe(["/discord/interactions", "/slack/commands"]);
        foreach (var scenario in scenarios)
        {
            using var request = scenario.Requests.Create(new Uri("http://127.0.0.1:5080"), 0);
            var body = await request.Content!.ReadAsStringAsync(TestContext.Current.CancellationToken);
            body.ShouldContain("model-one");
            body.ShouldContain("model-two");
        }
    }
}
