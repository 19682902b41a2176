using ModelBot.Discord.Gateway.Hosting;
using ModelBot.Discord.Gateway.Sharding;

namespace ModelBot.Discord.Tests.Gateway.Sharding;

public class ShardPlanTests
{
    [Theory]
    [InlineData(0, null, 3, 3, "0,1,2")]
    [InlineData(4, null, 3, 4, "0,1,2,3")]
    [InlineData(4, "3, 1", 9, 4, "1,3")]
    [InlineData(0, "0", 2, 2, "0")]
    [InlineData(0, null, 0, 1, "0")]
    public void Resolve_ValidSettings_ReturnsCountAndIds(int shardCount, string? shardIds, int recommended, int expectedCount, string expectedIds)
    {
        var result = ShardPlan.Resolve(new DiscordGatewayOptions { ShardCount = shardCount, ShardIds = shardIds }, recommended);

        result.Error.ShouldBeNull();
        result.Plan!.ShardCount.ShouldBe(expectedCount);
        string.Join(',', result.Plan.ShardIds).ShouldBe(expectedIds);
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(2, "2")]
    [InlineData(2, "a")]
    [InlineData(2, "-1")]
    [InlineData(2, " , ")]
    public void Resolve_InvalidSettings_ReturnsAnError(int shardCount, string? shardIds)
    {
        var result = ShardPlan.Resolve(new DiscordGatewayOptions { ShardCount = shardCount, ShardIds = shardIds }, 1);

        result.Plan.ShouldBeNull();
        result.Error.ShouldNotBeNullOrWhiteSpace();
    }
}
