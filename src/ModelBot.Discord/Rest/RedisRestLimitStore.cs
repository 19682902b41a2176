using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelBot.Discord.Logging;
using ModelBot.Discord.Settings;
using StackExchange.Redis;

namespace ModelBot.Discord.Rest;

/// <summary>
/// <see cref="IRestLimitStore"/> on Redis, keyed per bot (<c>modelbot:discord:{fingerprint}:</c>, the fingerprint a
/// hash of the bot token or, without one, of the application id, so no credential reaches Redis). Holds are keys with a
/// PX expiry; invalid requests are counted in one key per minute (INCR, expiring after the window) and summed over the
/// last ten. While Redis cannot answer, every call answers "nothing known" (logged once per outage).
/// </summary>
public sealed class RedisRestLimitStore : IRestLimitStore
{
    private const int Minutes = 10;

    private readonly Func<IConnectionMultiplexer> _redis;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _prefix;
    private int _failing;

    /// <summary>Creates the store; <paramref name="redis"/> is called on each use (the container caches the connection).</summary>
    public RedisRestLimitStore(Func<IConnectionMultiplexer> redis, IOptions<DiscordOptions> options, TimeProvider time, ILogger<RedisRestLimitStore> logger)
    {
        _redis = redis;
        _time = time;
        _logger = logger;
        _prefix = KeyPrefixFor(options.Value.BotToken.Trim() is { Length: > 0 } token ? token : options.Value.ApplicationId.Trim());
    }

    /// <summary>The prefix of this bot's keys.</summary>
    public static string KeyPrefixFor(string botIdentity)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(botIdentity));
        return "modelbot:discord:" + Convert.ToHexStringLower(hash.AsSpan(0, 8)) + ":";
    }

    /// <inheritdoc />
    public ValueTask<TimeSpan> HoldRemainingAsync(string key, CancellationToken cancellationToken) =>
        TryAsync(async database => await database.KeyTimeToLiveAsync(_prefix + "hold:" + key) is { } left && left > TimeSpan.Zero ? left : TimeSpan.Zero, TimeSpan.Zero);

    /// <inheritdoc />
    public async ValueTask HoldAsync(string key, TimeSpan duration, CancellationToken cancellationToken)
    {
        if (duration <= TimeSpan.Zero)
        {
            return;
        }
        await TryAsync(async database =>
        {
            var redisKey = (RedisKey)(_prefix + "hold:" + key);
            // Extend, never shorten, a hold another replica set.
            if (!await database.StringSetAsync(redisKey, "1", duration, When.NotExists)
                && await database.KeyTimeToLiveAsync(redisKey) is { } left && left < duration)
            {
                await database.KeyExpireAsync(redisKey, duration);
            }
            return true;
        }, false);
    }

    /// <inheritdoc />
    public ValueTask<int?> RecordInvalidAsync(CancellationToken cancellationToken) => TryAsync<int?>(async database =>
    {
        var key = (RedisKey)MinuteKey(_time.GetUtcNow());
        await database.StringIncrementAsync(key);
        await database.KeyExpireAsync(key, TimeSpan.FromMinutes(Minutes + 1));
        return await SumAsync(database);
    }, null);

    /// <inheritdoc />
    public ValueTask<int?> InvalidCountAsync(CancellationToken cancellationToken) => TryAsync<int?>(async database => await SumAsync(database), null);

    private async Task<int> SumAsync(IDatabase database)
    {
        var now = _time.GetUtcNow();
        var keys = Enumerable.Range(0, Minutes).Select(minutesAgo => (RedisKey)MinuteKey(now.AddMinutes(-minutesAgo))).ToArray();
        var values = await database.StringGetAsync(keys);
        return values.Sum(value => value.TryParse(out int count) ? count : 0);
    }

    private string MinuteKey(DateTimeOffset at) =>
        _prefix + "invalid:" + (at.ToUnixTimeSeconds() / 60).ToString(CultureInfo.InvariantCulture);

    private async ValueTask<T> TryAsync<T>(Func<IDatabase, Task<T>> call, T unknown)
    {
        try
        {
            var result = await call(_redis().GetDatabase());
            if (Interlocked.Exchange(ref _failing, 0) == 1)
            {
                DiscordLog.SharedLimitsRedisBack(_logger);
            }
            return result;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
        {
            if (Interlocked.Exchange(ref _failing, 1) == 0)
            {
                DiscordLog.SharedLimitsRedisDown(_logger, exception.GetType().Name, exception.Message);
            }
            return unknown;
        }
    }
}
