using System.Globalization;
using ModelBot.Discord.Gateway.Hosting;

namespace ModelBot.Discord.Gateway.Sharding;

/// <summary>Which shards this process runs, out of how many.</summary>
/// <param name="ShardCount">Total shard count (num_shards in every IDENTIFY).</param>
/// <param name="ShardIds">The ids this process runs, ascending.</param>
public sealed record ShardPlan(int ShardCount, IReadOnlyList<int> ShardIds)
{
    /// <summary>
    /// Resolves the plan from settings: ShardCount 0 takes <paramref name="recommendedShards"/>; empty ShardIds
    /// takes all. Returns an error message instead of a plan when the settings are inconsistent.
    /// </summary>
    public static ShardPlanResult Resolve(DiscordGatewayOptions options, int recommendedShards)
    {
        if (options.ShardCount < 0)
        {
            return ShardPlanResult.Failure($"Discord:Gateway:ShardCount is {options.ShardCount}; use 0 (recommended) or a positive count");
        }

        var count = options.ShardCount > 0 ? options.ShardCount : Math.Max(1, recommendedShards);
        if (string.IsNullOrWhiteSpace(options.ShardIds))
        {
            return ShardPlanResult.Success(new ShardPlan(count, Enumerable.Range(0, count).ToArray()));
        }

        var ids = new SortedSet<int>();
        foreach (var part in options.ShardIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id >= count)
            {
                return ShardPlanResult.Failure($"Discord:Gateway:ShardIds entry '{part}' is not a shard id in 0..{count - 1}");
            }

            ids.Add(id);
        }

        return ids.Count == 0
            ? ShardPlanResult.Failure("Discord:Gateway:ShardIds names no shard")
            : ShardPlanResult.Success(new ShardPlan(count, ids.ToArray()));
    }
}
