using ModelBot.LoadHarness.Targets;

namespace ModelBot.LoadHarness.Scenarios;

/// <summary>The harness's platform scenarios, built in one place for <c>run</c> and <c>soak</c>.</summary>
public static class PlatformScenarios
{
    /// <summary>Discord then Slack, over the same <paramref name="pairs"/> and <paramref name="credentials"/>.</summary>
    public static IReadOnlyList<ILoadScenario> Create(IReadOnlyList<(string First, string Second)> pairs, HarnessCredentials credentials, TimeProvider time) =>
        [new DiscordScenario(pairs, credentials, time), new SlackScenario(pairs, credentials, time)];
}
