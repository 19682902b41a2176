namespace ModelBot.Discord.Gateway.RateLimits;

/// <summary>The outcome of <see cref="IIdentifyLeaseStore.TryAcquireAsync"/>.</summary>
/// <param name="Acquired">True when the caller now holds the lease and may IDENTIFY.</param>
/// <param name="HeldFor">When not acquired: how long the current holder's lease still runs, if the store knows.</param>
public readonly record struct IdentifyLeaseAttempt(bool Acquired, TimeSpan? HeldFor = null)
{
    /// <summary>The lease is the caller's.</summary>
    public static IdentifyLeaseAttempt Taken => new(true);

    /// <summary>Someone else holds the lease for <paramref name="heldFor"/> more (null: unknown).</summary>
    public static IdentifyLeaseAttempt HeldByOther(TimeSpan? heldFor) => new(false, heldFor);
}
