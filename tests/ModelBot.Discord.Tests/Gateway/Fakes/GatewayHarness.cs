using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ModelBot.Discord.Gateway.Heartbeat;
using ModelBot.Discord.Gateway.Hosting;
using ModelBot.Discord.Gateway.Interactions;
using ModelBot.Discord.Gateway.Sharding;
using ModelBot.Discord.Tests.Gateway.Heartbeat;

namespace ModelBot.Discord.Tests.Gateway.Fakes;

/// <summary>A real host running the gateway client against a <see cref="FakeDiscordGateway"/>.</summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    /// <summary>Generous bound for awaiting a signal from a real socket; never a measured duration.</summary>
    public static readonly TimeSpan SignalTimeout = TimeSpan.FromSeconds(30);

    private GatewayHarness(FakeDiscordGateway gateway, IHost host, RecordingInteractionHandler handler, LogSink logs, TimeProvider time)
    {
        Gateway = gateway;
        Host = host;
        Handler = handler;
        Logs = logs;
        Time = time;
    }

    public FakeDiscordGateway Gateway { get; }
    public IHost Host { get; }
    public RecordingInteractionHandler Handler { get; }
    public LogSink Logs { get; }
    public TimeProvider Time { get; }
    public ShardManager Shards => Host.Services.GetRequiredService<ShardManager>();

    public static async Task<GatewayHarness> StartAsync(
        TimeProvider time,
        Action<FakeDiscordGateway>? configureGateway = null,
        IDictionary<string, string?>? settings = null,
        double jitter = 0.5,
        int seed = 1,
        Action<IServiceCollection, IConfiguration>? withDiscordAdapter = null,
        string compression = "none",
        Action<IServiceCollection>? services = null)
    {
        var gateway = await FakeDiscordGateway.StartAsync(time, seed);
        configureGateway?.Invoke(gateway);
        var handler = new RecordingInteractionHandler();
        var logs = new LogSink();
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        var configuration = new Dictionary<string, string?>
        {
            ["Discord:BotToken"] = "test-token",
            ["Discord:ApiBaseUrl"] = gateway.ApiBaseUrl,
            ["Discord:Gateway:Enabled"] = "true",
            ["Discord:Gateway:Compression"] = compression,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<IJitterSource>(new FixedJitter(jitter));
        if (withDiscordAdapter is null)
        {
            builder.Services.AddSingleton<IGatewayInteractionHandler>(handler);
            builder.Services.AddDiscordGateway(builder.Configuration);
        }
        else
        {
            // The whole Discord adapter: AddDiscord registers the shared InteractionProcessor bridge and the gateway.
            withDiscordAdapter(builder.Services, builder.Configuration);
        }

        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new GatewayHarness(gateway, host, handler, logs, time);
    }

    /// <summary>Services of the running host.</summary>
    public IServiceProvider Services => Host.Services;

    /// <summary>Awaits a signal with <see cref="SignalTimeout"/>.</summary>
    public static Task<T> Within<T>(Task<T> signal) => signal.WaitAsync(SignalTimeout);

    /// <summary>Awaits a signal with <see cref="SignalTimeout"/>.</summary>
    public static Task Within(Task signal) => signal.WaitAsync(SignalTimeout);

    /// <summary>
    /// Moves fake time forward in steps until <paramref name="signal"/> completes (for waits the protocol
    /// imposes, such as the 5 s identify spacing or the 1–5 s after INVALID SESSION).
    /// </summary>
    public async Task<T> AdvanceUntilAsync<T>(Task<T> signal, TimeSpan step)
    {
        var fake = (FakeTimeProvider)Time;
        var started = TimeProvider.System.GetTimestamp();
        while (!signal.IsCompleted)
        {
            if (TimeProvider.System.GetElapsedTime(started) > SignalTimeout)
            {
                throw new TimeoutException("Signal not reached while advancing fake time.");
            }

            fake.Advance(step);
            await Task.WhenAny(signal, Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System));
        }

        return await signal;
    }

    /// <summary>Connects, identifies and waits for the client to be attached to its READY session.</summary>
    public async Task<FakeGatewayConnection> ReadyAsync(int connectionIndex = 0)
    {
        var connection = await Within(Gateway.ConnectionAsync(connectionIndex));
        await Within(connection.WaitForAsync(2));
        await Within(Logs.WaitForAsync(5012));
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        await Gateway.DisposeAsync();
    }
}
