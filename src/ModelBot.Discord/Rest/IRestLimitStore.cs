namespace ModelBot.Discord.Rest;

/// <summary>
/// Rate-limit state one bot's replicas share (Redis when <c>Redis:Configuration</c> is set): the global hold after a
/// global 429, the holds of route buckets after a 429, and the count of invalid requests (401, 403, 429) in Discord's
/// 10-minute window, which bans the IP — often one NAT address for every replica — at 10,000. Per-interaction webhook
/// buckets stay in the process: every follow-up of one interaction is sent by the replica that received it.
/// Implementations never throw for an unavailable store; they answer "nothing known" and the process's own limits apply.
/// </summary>
public interface IRestLimitStore
{
    /// <summary>How much longer the hold named <paramref name="key"/> lasts (zero: none).</summary>
    ValueTask<TimeSpan> HoldRemainingAsync(string key, CancellationToken cancellationToken);

    /// <summary>Holds <paramref name="key"/> for <paramref name="duration"/> (extends, never shortens).</summary>
    ValueTask HoldAsync(string key, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Records one invalid response; returns the replicas' count in the window, or null when unknown.</summary>
    ValueTask<int?> RecordInvalidAsync(CancellationToken cancellationToken);

    /// <summary>The replicas' count of invalid responses in the window, or null when unknown.</summary>
    ValueTask<int?> InvalidCountAsync(CancellationToken cancellationToken);
}
