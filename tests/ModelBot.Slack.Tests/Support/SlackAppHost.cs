using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ModelBot.Commands.Requests;
using ModelBot.Commands.Delivery;
using ModelBot.Slack.Events;

using ModelBot.Tests.Network;

namespace ModelBot.Slack.Tests.Support;

/// <summary>The Slack adapter hosted for real on Kestrel (127.0.0.1:0) with a fake handler, fake time and the fake Slack server.</summary>
internal sealed class SlackAppHost : IAsyncDisposable
{
    private SlackAppHost(WebApplication app, HttpClient client, FakeTimeProvider time, FakeChatRequestHandler handler, RecordingDeduplicator deduplicator)
    {
        App = app;
        Client = client;
        Time = time;
        Handler = handler;
        Deduplicator = deduplicator;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public FakeTimeProvider Time { get; }

    public FakeChatRequestHandler Handler { get; }

    public RecordingDeduplicator Deduplicator { get; }

    public DeliveryWork Background => App.Services.GetRequiredService<DeliveryWork>();

    public static Dictionary<string, string?> HttpSettings(FakeSlackServer slack) => new()
    {
        ["Slack:SigningSecret"] = Signing.Secret,
        ["Slack:BotToken"] = "xoxb-test-token",
        ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
    };

    public static Dictionary<string, string?> SocketSettings(FakeSlackServer slack)
    {
        var settings = HttpSettings(slack);
        settings["Slack:AppToken"] = "xapp-test-token";
        settings["Slack:SocketMode:Enabled"] = "true";
        return settings;
    }

    /// <summary>Sets the Web API HttpClient's timeout (after the adapter's own 30 s), for fakes that never answer.</summary>
    public static Action<IServiceCollection> HttpTimeout(TimeSpan timeout) => services =>
        services.PostConfigure<Microsoft.Extensions.Http.HttpClientFactoryOptions>(
            ModelBot.Slack.WebApi.SlackApiClient.HttpClientName,
            options => options.HttpClientActions.Add(client => client.Timeout = timeout));

    public static async Task<SlackAppHost> StartAsync(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var time = new FakeTimeProvider(Signing.Now);
        var handler = new FakeChatRequestHandler();
        var deduplicator = new RecordingDeduplicator(time);
        var builder = LoopbackHost.CreateBuilder(settings);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<IChatRequestHandler>(handler);
        builder.Services.AddSingleton<IEventDeduplicator>(deduplicator);
        configure?.Invoke(builder.Services);
        builder.Services.AddSlack(builder.Configuration);
        var app = builder.Build();
        app.MapSlack();
        var address = await LoopbackHost.StartAsync(app);
        return new SlackAppHost(app, new HttpClient { BaseAddress = new Uri(address) }, time, handler, deduplicator);
    }

    /// <summary>Advances fake time a second at a time until <paramref name="task"/> completes (bounded).</summary>
    public async Task<T> AdvanceUntilAsync<T>(Task<T> task, int maxSeconds = 600)
    {
        for (var i = 0; i < maxSeconds * 10 && !task.IsCompleted; i++)
        {
            if (i % 10 == 0)
            {
                Time.Advance(TimeSpan.FromSeconds(1));
            }
            await Task.WhenAny(task, Task.Delay(10));
        }
        if (!task.IsCompleted)
        {
            throw new TimeoutException($"Not reached within {maxSeconds} s of fake time.");
        }
        return await task;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
