using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using ModelBot.Tests.Network;

namespace ModelBot.Discord.Tests.Gateway.Fakes;

/// <summary>
/// A Discord gateway and REST API on 127.0.0.1 that speaks the real protocol: GET /gateway/bot, HELLO,
/// heartbeat ACKs, IDENTIFY → READY, RESUME → replay after seq → RESUMED (or INVALID SESSION false), and the
/// interaction callback endpoint. Tests script misbehaviour through the connections it hands out.
/// </summary>
internal sealed class FakeDiscordGateway : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private readonly List<(int Index, TaskCompletionSource<FakeGatewayConnection> Done)> _connectionWaiters = [];
    private readonly List<FakeGatewayConnection> _allConnections = [];
    private readonly ConcurrentDictionary<string, FakeGatewaySession> _sessions = new();
    private readonly Lock _gate = new();
    private readonly Random _chaos;
    private readonly TaskCompletionSource _firstGatewayBotRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(int Count, TaskCompletionSource Done)> _callbackWaiters = [];
    private int _sessionCounter;

    private FakeDiscordGateway(WebApplication app, TimeProvider time, int seed)
    {
        _app = app;
        _time = time;
        _chaos = new Random(seed);
    }

    public string BaseUrl { get; private set; } = "";
    public string ApiBaseUrl => BaseUrl + "/api/v10";
    public string GatewayUrl => GatewayUrlOverride ?? BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway";

    /// <summary>A different gateway URL for GET /gateway/bot to hand out (a misbehaving peer).</summary>
    public string? GatewayUrlOverride { get; set; }
    public string ResumeUrl => BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/resume";

    public int HeartbeatIntervalMs { get; set; } = 41_250;
    public volatile bool AckHeartbeats = true;
    public volatile bool SendHello = true;

    /// <summary>False: a RESUME gets no answer at all (neither RESUMED nor INVALID SESSION), as from a dead session.</summary>
    public volatile bool AnswerResumes = true;
    public int RecommendedShards { get; set; } = 1;
    public int MaxConcurrency { get; set; } = 16;
    public int GatewayBotStatus { get; set; } = 200;

    /// <summary>Chance (0–1) that the socket is dropped right after any dispatch is sent.</summary>
    public double DropAfterDispatchProbability { get; set; }

    /// <summary>Interaction callbacks received: (interaction id, token, body).</summary>
    public ConcurrentQueue<(string Id, string Token, string Body)> Callbacks { get; } = new();

    /// <summary>Authorization headers seen on GET /gateway/bot.</summary>
    public ConcurrentQueue<string> GatewayBotAuthorizations { get; } = new();

    /// <summary>Completes once <paramref name="count"/> interaction callbacks were received.</summary>
    public Task WaitForCallbacksAsync(int count)
    {
        lock (_gate)
        {
            if (Callbacks.Count >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _callbackWaiters.Add((count, done));
            return done.Task;
        }
    }

    /// <summary>Completes when GET /gateway/bot was first called.</summary>
    public Task FirstGatewayBotRequest => _firstGatewayBotRequest.Task;

    public int ConnectionCount
    {
        get
        {
            lock (_gate)
            {
                return _allConnections.Count;
            }
        }
    }

    public static async Task<FakeDiscordGateway> StartAsync(TimeProvider time, int seed = 1)
    {
        var app = LoopbackHost.CreateBuilder().Build();
        var gateway = new FakeDiscordGateway(app, time, seed);
        app.UseWebSockets();
        app.MapGet("/api/v10/gateway/bot", (HttpContext context) =>
        {
            gateway.GatewayBotAuthorizations.Enqueue(context.Request.Headers.Authorization.ToString());
            gateway._firstGatewayBotRequest.TrySetResult();
            return gateway.GatewayBotStatus != 200
                ? Results.StatusCode(gateway.GatewayBotStatus)
                : Results.Text($$$"""{"url":"{{{gateway.GatewayUrl}}}","shards":{{{gateway.RecommendedShards}}},"session_start_limit":{"total":1000,"remaining":998,"reset_after":3600000,"max_concurrency":{{{gateway.MaxConcurrency}}}}}""", "application/json");
        });
        app.MapPost("/api/v10/interactions/{id}/{token}/callback", async (string id, string token, HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            gateway.Callbacks.Enqueue((id, token, await reader.ReadToEndAsync()));
            gateway.SignalCallbacks();
            return Results.NoContent();
        });
        app.Map("/gateway", gateway.AcceptAsync);
        app.Map("/resume", gateway.AcceptAsync);
        gateway.BaseUrl = await LoopbackHost.StartAsync(app);
        return gateway;
    }

    /// <summary>The <paramref name="index"/>-th connection (0-based) once the client opened it.</summary>
    public Task<FakeGatewayConnection> ConnectionAsync(int index)
    {
        lock (_gate)
        {
            if (index < _allConnections.Count)
            {
                return Task.FromResult(_allConnections[index]);
            }

            var done = new TaskCompletionSource<FakeGatewayConnection>(TaskCreationOptions.RunContinuationsAsynchronously);
            _connectionWaiters.Add((index, done));
            return done.Task;
        }
    }

    public IReadOnlyList<FakeGatewayConnection> Connections
    {
        get
        {
            lock (_gate)
            {
                return _allConnections.ToArray();
            }
        }
    }

    public FakeGatewaySession CreateSession(int shardId, int shardCount)
    {
        var session = new FakeGatewaySession($"session-{Interlocked.Increment(ref _sessionCounter)}", shardId, shardCount);
        _sessions[session.Id] = session;
        return session;
    }

    public FakeGatewaySession? FindSession(string id) => _sessions.GetValueOrDefault(id);

    /// <summary>The newest session of a shard.</summary>
    public FakeGatewaySession? LatestSession(int shardId) =>
        _sessions.Values.Where(s => s.ShardId == shardId).MaxBy(s => int.Parse(s.Id["session-".Length..], System.Globalization.CultureInfo.InvariantCulture));

    public bool ShouldDropAfterDispatch()
    {
        lock (_gate)
        {
            return DropAfterDispatchProbability > 0 && _chaos.NextDouble() < DropAfterDispatchProbability;
        }
    }

    /// <summary>An INTERACTION_CREATE for slash command /help in a guild.</summary>
    public static string Interaction(string id, ulong guildId = 81384788765712384) =>
        $$$"""{"id":"{{{id}}}","application_id":"1","type":2,"token":"token-{{{id}}}","version":1,"guild_id":"{{{guildId}}}","channel_id":"2","member":{"user":{"id":"3","username":"asker"}},"data":{"id":"4","name":"help","type":1}}""";

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in Connections)
        {
            connection.Abort();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void SignalCallbacks()
    {
        List<TaskCompletionSource> ready;
        lock (_gate)
        {
            ready = _callbackWaiters.Where(w => Callbacks.Count >= w.Count).Select(w => w.Done).ToList();
            _callbackWaiters.RemoveAll(w => Callbacks.Count >= w.Count);
        }

        foreach (var done in ready)
        {
            done.TrySetResult();
        }
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(this, context, socket, _time);
        // Read before the test hears of the connection: a test that flips SendHello once it has it means the next one.
        var sendHello = SendHello;
        List<TaskCompletionSource<FakeGatewayConnection>> ready;
        lock (_gate)
        {
            _allConnections.Add(connection);
            var index = _allConnections.Count - 1;
            ready = _connectionWaiters.Where(w => w.Index == index).Select(w => w.Done).ToList();
            _connectionWaiters.RemoveAll(w => w.Index == index);
        }

        foreach (var done in ready)
        {
            done.TrySetResult(connection);
        }

        await connection.RunAsync(sendHello);
    }
}
