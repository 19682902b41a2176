using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelBot.Commands.Requests;
using ModelBot.Core.Loading;
using ModelBot.Discord.Interactions;
using ModelBot.Discord.Security;

using ModelBot.Tests.Network;

namespace ModelBot.Discord.Tests.Support;

/// <summary>
/// The Discord adapter in a real Kestrel host on 127.0.0.1:0, with a scripted request handler, the repository's
/// dataset, and its REST client pointed at a <see cref="FakeDiscordApi"/>.
/// </summary>
internal sealed class InteractionsHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _client;

    private InteractionsHost(WebApplication app, HttpClient client, FakeDiscordApi api, ScriptedChatHandler handler, TestSigner signer)
    {
        _app = app;
        _client = client;
        Api = api;
        Handler = handler;
        Signer = signer;
    }

    public FakeDiscordApi Api { get; }

    public ScriptedChatHandler Handler { get; }

    public TestSigner Signer { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<InteractionsHost> StartAsync(int deferAfterMilliseconds = 2000, Action<IServiceCollection>? configure = null)
    {
        var api = await FakeDiscordApi.StartAsync();
        var signer = new TestSigner();
        var handler = new ScriptedChatHandler();
        var builder = LoopbackHost.CreateBuilder(new Dictionary<string, string?>
        {
            ["Discord:PublicKey"] = signer.PublicKeyHex,
            ["Discord:ApplicationId"] = InteractionPayloads.ApplicationId,
            ["Discord:BotToken"] = "MTE4MDAwMDAwMDAwMDAwMDAwMQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB",
            ["Discord:ApiBaseUrl"] = api.BaseUrl,
            ["Discord:DeferAfterMilliseconds"] = deferAfterMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Services.AddSingleton<IChatRequestHandler>(handler);
        builder.Services.AddSingleton<IDatasetProvider>(new FixedDatasetProvider(TestDataset.Dataset));
        configure?.Invoke(builder.Services);
        builder.Services.AddDiscord(builder.Configuration);
        var app = builder.Build();
        app.MapDiscord();
        var address = await LoopbackHost.StartAsync(app);
        var client = new HttpClient { BaseAddress = new Uri(address) };
        return new InteractionsHost(app, client, api, handler, signer);
    }

    /// <summary>Posts a correctly signed interaction.</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string body, string timestamp = "1732400000")
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return PostAsync(bytes, Signer.Sign(timestamp, bytes), timestamp);
    }

    /// <summary>Posts raw bytes with the given headers (null leaves a header out).</summary>
    public async Task<HttpResponseMessage> PostAsync(byte[] body, string? signature, string? timestamp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation(SignatureHeaders.Signature, signature);
        }
        if (timestamp is not null)
        {
            request.Headers.TryAddWithoutValidation(SignatureHeaders.Timestamp, timestamp);
        }
        return await _client.SendAsync(request);
    }

    /// <summary>Waits until every deferred follow-up started so far has finished.</summary>
    public Task FollowUpsIdleAsync() => _app.Services.GetRequiredService<InteractionFollowUps>().WhenIdleAsync();

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Api.DisposeAsync();
    }
}
