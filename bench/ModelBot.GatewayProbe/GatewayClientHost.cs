using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelBot.Discord.Gateway.Hosting;
using ModelBot.Discord.Gateway.Interactions;
using ModelBot.Discord.Tests.Gateway.Fakes;

namespace ModelBot.GatewayProbe;

/// <summary>The gateway client alone in a host, pointed at a fake gateway in another process.</summary>
internal sealed class GatewayClientHost(IHost host, LogSink logs) : IAsyncDisposable
{
    public LogSink Logs { get; } = logs;

    public static async Task<GatewayClientHost> StartAsync(string baseUrl, int shardCount, string? shardIds)
    {
        var logs = new LogSink();
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:BotToken"] = "probe-token",
            ["Discord:ApiBaseUrl"] = baseUrl + "/api/v10",
            ["Discord:Gateway:Enabled"] = "true",
            ["Discord:Gateway:ShardCount"] = shardCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Discord:Gateway:ShardIds"] = shardIds,
        });
        builder.Logging.AddProvider(logs);
        builder.Services.AddSingleton<IGatewayInteractionHandler, IgnoringHandler>();
        builder.Services.AddDiscordGateway(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return new GatewayClientHost(host, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }

    private sealed class IgnoringHandler : IGatewayInteractionHandler
    {
        public ValueTask HandleAsync(JsonElement interaction, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
