using StackExchange.Redis;

namespace ModelBot.Discord.Gateway.RateLimits;

/// <summary>
/// Connects to Redis without making Redis a start-up dependency: <c>abortConnect=false</c> (an outage at start does
/// not stop the host; the multiplexer keeps reconnecting in the background) and commands fail fast while the link is
/// down, so callers fall back at once instead of queueing behind it. Registered with TryAdd by both adapters, so a
/// host running both has one connection.
/// </summary>
public static class RedisConnector
{
    /// <summary>The configuration key of the Redis connection string shared by the adapters.</summary>
    public const string ConfigurationKey = "Redis:Configuration";

    /// <summary>Connects with <paramref name="configuration"/> (a StackExchange.Redis configuration string).</summary>
    public static IConnectionMultiplexer Connect(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        return ConnectionMultiplexer.Connect(options);
    }
}
