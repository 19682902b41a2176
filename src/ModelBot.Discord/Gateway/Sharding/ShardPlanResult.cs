namespace ModelBot.Discord.Gateway.Sharding;

/// <summary>A resolved <see cref="ShardPlan"/> or why the settings cannot be used.</summary>
/// <param name="Plan">The plan, on success.</param>
/// <param name="Error">What to fix, on failure.</param>
public sealed record ShardPlanResult(ShardPlan? Plan, string? Error)
{
    /// <summary>A usable plan.</summary>
    public static ShardPlanResult Success(ShardPlan plan) => new(plan, null);

    /// <summary>Settings that cannot be used.</summary>
    public static ShardPlanResult Failure(string error) => new(null, error);
}
