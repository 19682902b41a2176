using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using ModelBot.Discord.Gateway.Logging;
using ModelBot.Discord.Gateway.Protocol;

namespace ModelBot.Discord.Gateway.RateLimits;

/// <summary>
/// The cross-process half of the identify limit: before a shard identifies, it takes its bucket's lease in the
/// <see cref="IIdentifyLeaseStore"/>, which keeps every other process out of that bucket for 5 seconds; while
/// another process holds it, the shard waits for the lease to run out and tries again. If the store fails (Redis
/// down), the shard identifies under its own process's limit and says so: Discord answers an identify over
/// max_concurrency with INVALID SESSION, which the shard survives, whereas a gateway that waits on Redis would
/// receive nothing at all.
/// </summary>
public sealed class SharedIdentifyGate
{
    /// <summary>Wait before retrying when the store cannot say how long the lease still runs.</summary>
    public static readonly TimeSpan UnknownHoldRetry = TimeSpan.FromMilliseconds(250);

    private readonly IIdentifyLeaseStore _store;
    private readonly string _keyPrefix;
    private readonly string _owner;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the gate for the bot whose token is <paramref name="botToken"/>.</summary>
    /// <param name="store">Where the leases live.</param>
    /// <param name="botToken">Identifies the bot (hashed into the keys; never stored).</param>
    /// <param name="owner">This process, as written into the leases it takes.</param>
    /// <param name="time">Clock for the waits.</param>
    /// <param name="logger">Log.</param>
    public SharedIdentifyGate(IIdentifyLeaseStore store, string botToken, string owner, TimeProvider time, ILogger logger)
    {
        _store = store;
        _keyPrefix = KeyPrefixFor(botToken);
        _owner = owner;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// <c>modelbot:discord:identify:{fingerprint}:</c>: the limit is per bot, so bots sharing one Redis do not wait
    /// for each other; the fingerprint is the first 16 hex digits of the token's SHA-256, so the token never
    /// reaches Redis.
    /// </summary>
    public static string KeyPrefixFor(string botToken)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(botToken));
        return "modelbot:discord:identify:" + Convert.ToHexStringLower(hash.AsSpan(0, 8)) + ":";
    }

    /// <summary>The key of a rate-limit bucket.</summary>
    public string KeyFor(int bucket) => _keyPrefix + bucket.ToString(CultureInfo.InvariantCulture);

    /// <summary>Waits until this process holds <paramref name="bucket"/>'s lease (or the store failed).</summary>
    public async Task AcquireAsync(int bucket, int shardId, CancellationToken cancellationToken)
    {
        var key = KeyFor(bucket);
        var owner = string.Create(CultureInfo.InvariantCulture, $"{_owner} shard {shardId}");
        while (true)
        {
            IdentifyLeaseAttempt attempt;
            try
            {
                attempt = await _store.TryAcquireAsync(key, owner, GatewayLimits.IdentifyPeriod, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                GatewayLog.SharedIdentifyUnavailable(_logger, shardId, bucket, exception.Message);
                return;
            }

            if (attempt.Acquired)
            {
                return;
            }

            var wait = attempt.HeldFor is { } held ? Clamp(held) : UnknownHoldRetry;
            GatewayLog.IdentifyBucketHeldElsewhere(_logger, shardId, bucket, wait);
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    /// <summary>A lease never runs longer than the identify period; a zero wait (just expired) still yields.</summary>
    private static TimeSpan Clamp(TimeSpan held) =>
        held <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(1) : held > GatewayLimits.IdentifyPeriod ? GatewayLimits.IdentifyPeriod : held;
}
