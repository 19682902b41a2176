namespace ModelBot.Discord.Gateway.RateLimits;

/// <summary>
/// Where processes that run shards of one bot take turns to IDENTIFY: one lease per rate-limit bucket, taken
/// atomically and expiring by itself (Redis <c>SET key owner NX PX ms</c>). Not registered without
/// <c>Redis:Configuration</c>; then the limit holds within the process only.
/// </summary>
public interface IIdentifyLeaseStore
{
    /// <summary>Takes <paramref name="key"/> for <paramref name="duration"/> unless another owner holds it.</summary>
    /// <param name="key">The bucket's key.</param>
    /// <param name="owner">Who takes it (for whoever inspects the store).</param>
    /// <param name="duration">How long the lease keeps others out.</param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    ValueTask<IdentifyLeaseAttempt> TryAcquireAsync(string key, string owner, TimeSpan duration, CancellationToken cancellationToken);
}
