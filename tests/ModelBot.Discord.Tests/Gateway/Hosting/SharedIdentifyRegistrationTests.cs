using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModelBot.Discord.Gateway.Hosting;
using ModelBot.Discord.Gateway.RateLimits;
using StackExchange.Redis;

namespace ModelBot.Discord.Tests.Gateway.Hosting;

public class SharedIdentifyRegistrationTests
{
    [Fact]
    public void AddDiscordGateway_RedisConfigured_SharesIdentifySlotsThroughRedisWithoutConnectingYet()
    {
        using var provider = Build(new() { ["Discord:Gateway:Enabled"] = "true", ["Redis:Configuration"] = "127.0.0.1:1" });

        provider.GetService<IIdentifyLeaseStore>().ShouldBeOfType<RedisIdentifyLeaseStore>();
    }

    [Fact]
    public async Task AddDiscordGateway_RedisDownAtStart_ConnectsWithoutThrowingAndLeasesFailInsteadOfHanging()
    {
        // abortConnect=true made a Redis outage at start-up stop the bot from starting.
        using var provider = Build(new() { ["Discord:Gateway:Enabled"] = "true", ["Redis:Configuration"] = $"127.0.0.1:{ClosedPort()},connectTimeout=500" });

        var redis = provider.GetRequiredService<IConnectionMultiplexer>();

        redis.IsConnected.ShouldBeFalse();
        await Should.ThrowAsync<RedisConnectionException>(() => redis.GetDatabase().StringGetAsync("x").WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
    }

    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public void AddDiscordGateway_NoRedis_KeepsEveryLimitInProcess()
    {
        using var provider = Build(new() { ["Discord:Gateway:Enabled"] = "true", ["Redis:Configuration"] = "" });

        provider.GetService<IIdentifyLeaseStore>().ShouldBeNull();
        provider.GetService<ModelBot.Discord.Rest.IRestLimitStore>().ShouldBeNull();
        provider.GetService<IConnectionMultiplexer>().ShouldBeNull();
    }

    [Fact]
    public void AddDiscordGateway_GatewayOffWithRedis_NoIdentifyLeaseButRestLimitsShared()
    {
        using var provider = Build(new() { ["Discord:Gateway:Enabled"] = "false", ["Redis:Configuration"] = "127.0.0.1:1" });

        provider.GetService<IIdentifyLeaseStore>().ShouldBeNull();
        provider.GetService<ModelBot.Discord.Rest.IRestLimitStore>().ShouldBeOfType<ModelBot.Discord.Rest.RedisRestLimitStore>();
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDiscordGateway(configuration);
        return services.BuildServiceProvider();
    }
}
