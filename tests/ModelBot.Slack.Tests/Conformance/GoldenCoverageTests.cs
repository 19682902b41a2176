using ModelBot.Conformance.Tests;

namespace ModelBot.Slack.Tests.Conformance;

/// <summary>
/// Every golden JSON payload in the repository is type-checked by the Discord or the Slack conformance check, or is
/// listed with the reason it cannot be; a new golden file cannot slip past both.
/// </summary>
public class GoldenCoverageTests
{
    [Fact]
    public void EveryGoldenJson_IsCheckedForDiscordOrSlackOrExcludedWithAReason()
    {
        var all = ConformanceGoldens.All();
        var discord = ConformanceGoldens.Discord();
        var slack = ConformanceGoldens.Slack();

        all.Count.ShouldBeGreaterThan(30);
        all.Where(path => !discord.Contains(path) && !slack.Contains(path) && !ConformanceGoldens.IsNotChecked(path))
            .ShouldBeEmpty("golden payloads no platform type check covers: name them *.discord.json / *.slack.json or list why in ConformanceGoldens.NotChecked");
        discord.Intersect(slack).ShouldBeEmpty("a payload is either Discord's or Slack's");
        ConformanceGoldens.NotChecked.Keys.ShouldAllBe(suffix => all.Any(path => path.EndsWith(suffix, StringComparison.Ordinal)), "an exclusion that matches nothing is stale");
    }
}
