using System.Collections.Concurrent;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using ModelBot.Tests.Network;

namespace ModelBot.Slack.Tests.Support;

/// <summary>
/// Slack on loopback (Kestrel, 127.0.0.1:0): the Web API under <c>/api/{method}</c> with scripted responses
/// (429 with Retry-After, ok:false), response_url posts under <c>/response/{id}</c>, and Socket Mode WebSockets
/// under <c>/socket</c> handed to the test as <see cref="FakeSocketSession"/>s.
/// </summary>
internal sealed class FakeSlackServer : IAsyncDisposable
{
    public const string BotUserId = "UBOT";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Channel<RecordedCall>> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<RecordedCall>> _history = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScriptedResponse>> _scripts = new();
    private readonly Channel<FakeSocketSession> _sockets = Channel.CreateUnbounded<FakeSocketSession>();
    private readonly ConcurrentQueue<string> _timeline = new();
    private int _socketCount;

    private FakeSlackServer(WebApplication app)
    {
        _app = app;
    }

    public string Address { get; private set; } = "";

    public string ApiBaseUrl => Address + "/api/";

    public IReadOnlyList<string> Timeline => [.. _timeline];

    public static async Task<FakeSlackServer> StartAsync()
    {
        var app = LoopbackHost.CreateBuilder().Build();
        var server = new FakeSlackServer(app);
        app.UseWebSockets();
        app.MapPost("/api/{method}", (Func<HttpContext, string, Task>)server.ApiAsync);
        app.MapPost("/response/{id}", (Func<HttpContext, string, Task>)server.ResponseAsync);
        app.Map("/socket", (Func<HttpContext, Task>)server.SocketAsync);
        server.Address = await LoopbackHost.StartAsync(app);
        return server;
    }

    public string ResponseUrl(string id) => $"{Address}/response/{id}";

    public void Script(string method, ScriptedResponse response) => _scripts.GetOrAdd(method, _ => new()).Enqueue(response);

    public ValueTask<RecordedCall> NextCallAsync(string method, CancellationToken cancellationToken) => Calls(method).Reader.ReadAsync(cancellationToken);

    public IReadOnlyList<RecordedCall> History(string method) => _history.TryGetValue(method, out var calls) ? [.. calls] : [];

    public ValueTask<FakeSocketSession> NextSocketAsync(CancellationToken cancellationToken) => _sockets.Reader.ReadAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Channel<RecordedCall> Calls(string method) => _calls.GetOrAdd(method, _ => Channel.CreateUnbounded<RecordedCall>());

    private async Task Record(HttpContext context, string method)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var call = new RecordedCall(method, context.Request.Headers.Authorization.ToString(), await reader.ReadToEndAsync());
        _history.GetOrAdd(method, _ => new()).Enqueue(call);
        Calls(method).Writer.TryWrite(call);
    }

    private async Task ApiAsync(HttpContext context, string method)
    {
        await Record(context, method);
        if (_scripts.TryGetValue(method, out var script) && script.TryDequeue(out var scripted))
        {
            if (scripted.Hang)
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                return;
            }
            context.Response.StatusCode = scripted.Status;
            if (scripted.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = scripted.RetryAfter;
            }
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(scripted.Body);
            return;
        }
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(method switch
        {
            "auth.test" => $$"""{"ok":true,"user_id":"{{BotUserId}}","bot_id":"BBOT","team_id":"T1","user":"modelbot"}""",
            "apps.connections.open" => $$"""{"ok":true,"url":"{{Address.Replace("http://", "ws://", StringComparison.Ordinal)}}/socket"}""",
            "chat.postMessage" => """{"ok":true,"channel":"C1","ts":"1700000000.000200"}""",
            "chat.postEphemeral" => """{"ok":true,"message_ts":"1700000000.000300"}""",
            _ => """{"ok":false,"error":"unknown_method"}""",
        });
    }

    private async Task ResponseAsync(HttpContext context, string id)
    {
        await Record(context, "response/" + id);
        if (_scripts.TryGetValue("response/" + id, out var script) && script.TryDequeue(out var scripted))
        {
            context.Response.StatusCode = scripted.Status;
            if (scripted.Location is not null)
            {
                context.Response.Headers.Location = scripted.Location;
            }
            await context.Response.WriteAsync(scripted.Body);
            return;
        }
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync("""{"ok":true}""");
    }

    private async Task SocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var session = new FakeSocketSession(Interlocked.Increment(ref _socketCount), socket, context, _timeline.Enqueue);
        _timeline.Enqueue($"open {session.Number}");
        var running = session.RunAsync();
        _sockets.Writer.TryWrite(session);
        await running;
    }
}
