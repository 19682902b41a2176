using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using ModelBot.Tests.Network;

namespace ModelBot.Discord.Tests.Support;

/// <summary>
/// Discord's REST API on loopback (Kestrel on 127.0.0.1:0): records every request and answers from a script
/// (consumed in order) or the default responder (200 with <c>[]</c> for GET, <c>{}</c> otherwise).
/// </summary>
internal sealed class FakeDiscordApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeResponse> _script = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private FakeDiscordApi(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Answers requests when the script is empty.</summary>
    public Func<RecordedRequest, FakeResponse> Respond { get; set; } = request =>
        request.Method == "GET" ? FakeResponse.Json("[]") : FakeResponse.Json("{}");

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToArray();
            }
        }
    }

    public static async Task<FakeDiscordApi> StartAsync()
    {
        var app = LoopbackHost.CreateBuilder().Build();
        var fake = new FakeDiscordApi(app);
        app.Run(fake.HandleAsync);
        fake.BaseUrl = await LoopbackHost.StartAsync(app) + "/api/v10";
        return fake;
    }

    public void Enqueue(params FakeResponse[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> requests arrived (bounded, so a bug fails instead of hanging).</summary>
    public async Task WaitForRequestsAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (Requests.Count < count)
        {
            await _arrived.WaitAsync(timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var path = context.Request.Path.Value ?? "";
        const string Prefix = "/api/v10";
        var recorded = new RecordedRequest(context.Request.Method, path.StartsWith(Prefix, StringComparison.Ordinal) ? path[Prefix.Length..] : path, headers, body);
        lock (_gate)
        {
            _requests.Add(recorded);
        }
        var response = _script.TryDequeue(out var scripted) ? scripted : Respond(recorded);
        if (response.Hang)
        {
            _arrived.Release();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            return;
        }
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.Body, context.RequestAborted);
        _arrived.Release();
    }
}
