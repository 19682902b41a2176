using System.Net.WebSockets;
using System.Text.Json;
using ModelBot.Discord.Gateway.Heartbeat;
using ModelBot.Discord.Gateway.Logging;
using ModelBot.Discord.Gateway.Protocol;
using ModelBot.Discord.Gateway.Sessions;

namespace ModelBot.Discord.Gateway.Connection;

/// <summary>
/// One shard: connects, identifies or resumes, keeps the heartbeat, hands interactions to the dispatcher, and
/// reconnects as the close code or opcode says, until the host stops or the gateway refuses the shard.
/// </summary>
public sealed class ShardConnection
{
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);
    private readonly ShardRuntime _runtime;
    private readonly ReconnectBackoff _backoff;

    /// <summary>Creates shard <paramref name="shardId"/> of <paramref name="shardCount"/>.</summary>
    public ShardConnection(int shardId, int shardCount, ShardRuntime runtime)
    {
        ShardId = shardId;
        ShardCount = shardCount;
        _runtime = runtime;
        _backoff = new ReconnectBackoff(runtime.Options.ReconnectBaseDelay, runtime.Options.ReconnectMaxDelay, runtime.Jitter);
    }

    /// <summary>Zero-based shard id.</summary>
    public int ShardId { get; }

    /// <summary>Total shards.</summary>
    public int ShardCount { get; }

    /// <summary>Resume state.</summary>
    public SessionState Session { get; } = new();

    /// <summary>Runs until <paramref name="stoppingToken"/> fires (then closes with 1000) or a fatal close code.</summary>
    public async Task<ShardExit> RunAsync(CancellationToken stoppingToken)
    {
        TimeSpan? protocolDelay = null;
        var resumeUrlUsable = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await WaitBeforeConnectAsync(protocolDelay, stoppingToken);
                protocolDelay = null;
                var resuming = Session.CanResume;
                if (!resuming)
                {
                    await _runtime.IdentifyLimiter.WaitAsync(ShardId, stoppingToken);
                }

                var uri = GatewayUrls.ForConnect(resuming && resumeUrlUsable ? Session.ResumeGatewayUrl! : _runtime.GatewayUrl);
                GatewayLog.Connecting(_runtime.Logger, ShardId, uri, resuming ? "resume" : "identify");
                WebSocket socket;
                try
                {
                    socket = await _runtime.Sockets.ConnectAsync(uri, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    GatewayLog.ConnectFailed(_runtime.Logger, ShardId, uri, exception.Message);
                    resumeUrlUsable = false;
                    continue;
                }

                resumeUrlUsable = true;
                SocketOutcome outcome;
                using (var transport = new GatewayTransport(socket, new RateLimits.GatewaySendLimiter(_runtime.Time)))
                {
                    outcome = await RunSocketAsync(transport, resuming, stoppingToken);
                }

                if (outcome.Shutdown)
                {
                    break;
                }

                switch (outcome.Next)
                {
                    case GatewayCloseAction.Stop:
                        GatewayLog.FatalClose(_runtime.Logger, ShardId, outcome.CloseCode ?? 0, GatewayCloseCodes.Describe(outcome.CloseCode));
                        return new ShardExit(ShardId, outcome.CloseCode);
                    case GatewayCloseAction.Reidentify:
                        Session.Invalidate();
                        protocolDelay = outcome.Delay ?? TimeSpan.Zero;
                        break;
                    case GatewayCloseAction.Resume:
                        break;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }

        return new ShardExit(ShardId, null);
    }

    private async Task WaitBeforeConnectAsync(TimeSpan? protocolDelay, CancellationToken stoppingToken)
    {
        var delay = protocolDelay ?? _backoff.NextDelay();
        if (delay > TimeSpan.Zero)
        {
            GatewayLog.ReconnectDelay(_runtime.Logger, ShardId, delay, _backoff.Failures);
            await Task.Delay(delay, _runtime.Time, stoppingToken);
        }
    }

    private async Task<SocketOutcome> RunSocketAsync(GatewayTransport transport, bool resuming, CancellationToken stoppingToken)
    {
        using var abort = new CancellationTokenSource();
        var zombie = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var shutdown = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStop = stoppingToken.Register(() => shutdown.TrySetResult());

        var loop = ReceiveLoopAsync(transport, resuming, zombie, abort.Token);
        var first = await Task.WhenAny(loop, zombie.Task, shutdown.Task);
        if (first == loop)
        {
            await abort.CancelAsync();
            return await loop;
        }

        if (first == zombie.Task)
        {
            GatewayLog.Zombie(_runtime.Logger, ShardId);
            await CloseAsync(transport, GatewayCloseCodes.UnknownError, "zombie connection");
            await abort.CancelAsync();
            transport.Abort();
            await loop;
            return SocketOutcome.Resume;
        }

        await CloseAsync(transport, GatewayCloseCodes.NormalClosure, "shutting down");
        try
        {
            await loop.WaitAsync(CloseHandshakeTimeout, _runtime.Time, CancellationToken.None);
        }
        catch (TimeoutException)
        {
            transport.Abort();
        }

        await abort.CancelAsync();
        await loop;
        GatewayLog.ShutdownClosed(_runtime.Logger, ShardId);
        return SocketOutcome.Stopping;
    }

    private async Task CloseAsync(GatewayTransport transport, int closeCode, string reason)
    {
        using var timeout = new CancellationTokenSource(CloseHandshakeTimeout, _runtime.Time);
        try
        {
            await transport.CloseOutputAsync(closeCode, reason, timeout.Token);
        }
        catch (OperationCanceledException)
        {
            transport.Abort();
        }
    }

    private async Task<SocketOutcome> ReceiveLoopAsync(GatewayTransport transport, bool resuming, TaskCompletionSource zombie, CancellationToken abort)
    {
        HeartbeatScheduler? heartbeat = null;
        Task heartbeatRun = Task.CompletedTask;
        using var heartbeatStop = CancellationTokenSource.CreateLinkedTokenSource(abort);
        try
        {
            while (true)
            {
                ReceiveResult received;
                try
                {
                    received = await transport.ReceiveAsync(abort);
                }
                catch (JsonException exception)
                {
                    GatewayLog.UnreadablePayload(_runtime.Logger, exception, ShardId);
                    continue;
                }

                if (received.IsClosed)
                {
                    GatewayLog.Closed(_runtime.Logger, ShardId, received.CloseCode, GatewayCloseCodes.Describe(received.CloseCode));
                    return SocketOutcome.FromClose(received.CloseCode);
                }

                var payload = received.Payload!;
                switch (payload.Op)
                {
                    case GatewayOpcode.Hello:
                        if (heartbeat is not null)
                        {
                            break;
                        }

                        var hello = payload.D.Deserialize(GatewayJsonContext.Default.Hello)!;
                        heartbeat = new HeartbeatScheduler(TimeSpan.FromMilliseconds(hello.HeartbeatInterval), _runtime.Jitter.NextFraction(), _runtime.Time);
                        heartbeatRun = WatchHeartbeatAsync(heartbeat, transport, zombie, heartbeatStop.Token);
                        await SendHandshakeAsync(transport, resuming, abort);
                        break;
                    case GatewayOpcode.HeartbeatAck:
                        heartbeat?.Acknowledge();
                        break;
                    case GatewayOpcode.Heartbeat:
                        await transport.SendHeartbeatAsync(Session.Sequence, abort);
                        break;
                    case GatewayOpcode.Dispatch:
                        OnDispatch(payload);
                        break;
                    case GatewayOpcode.Reconnect:
                        GatewayLog.ReconnectRequested(_runtime.Logger, ShardId);
                        await CloseAsync(transport, GatewayCloseCodes.UnknownError, "reconnect requested");
                        return SocketOutcome.Resume;
                    case GatewayOpcode.InvalidSession:
                        return await OnInvalidSessionAsync(transport, payload);
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            return SocketOutcome.Resume;
        }
        finally
        {
            await heartbeatStop.CancelAsync();
            await heartbeatRun;
        }
    }

    private async Task SendHandshakeAsync(GatewayTransport transport, bool resuming, CancellationToken cancellationToken)
    {
        var token = _runtime.Options.BotToken;
        if (resuming && Session.SessionId is { } sessionId)
        {
            await transport.SendResumeAsync(new Resume(token, sessionId, Session.Sequence ?? 0), cancellationToken);
            return;
        }

        var identify = new Identify(token, _runtime.Options.Intents, IdentifyConnectionProperties.ForCurrentProcess(), [ShardId, ShardCount]);
        await transport.SendIdentifyAsync(identify, cancellationToken);
    }

    private void OnDispatch(GatewayPayload payload)
    {
        switch (payload.T)
        {
            case GatewayEventNames.Ready:
                var ready = payload.D.Deserialize(GatewayJsonContext.Default.Ready)!;
                Session.Start(ready.SessionId, ready.ResumeGatewayUrl);
                _backoff.Reset();
                GatewayLog.Ready(_runtime.Logger, ShardId, ready.SessionId);
                break;
            case GatewayEventNames.Resumed:
                _backoff.Reset();
                GatewayLog.Resumed(_runtime.Logger, ShardId, Session.Sequence);
                break;
            case GatewayEventNames.InteractionCreate:
                _runtime.Dispatcher.Dispatch(ShardId, payload.D);
                break;
        }

        if (payload.S is { } sequence)
        {
            Session.Observe(sequence);
        }
    }

    private async Task<SocketOutcome> OnInvalidSessionAsync(GatewayTransport transport, GatewayPayload payload)
    {
        var resumable = payload.D.ValueKind == JsonValueKind.True;
        GatewayLog.InvalidSession(_runtime.Logger, ShardId, resumable);
        await CloseAsync(transport, GatewayCloseCodes.UnknownError, "invalid session");
        if (resumable && Session.CanResume)
        {
            return SocketOutcome.Resume;
        }

        var spread = GatewayLimits.InvalidSessionMaxDelay - GatewayLimits.InvalidSessionMinDelay;
        return new SocketOutcome(GatewayCloseAction.Reidentify, Delay: GatewayLimits.InvalidSessionMinDelay + (spread * _runtime.Jitter.NextFraction()));
    }

    private async Task WatchHeartbeatAsync(HeartbeatScheduler heartbeat, GatewayTransport transport, TaskCompletionSource zombie, CancellationToken cancellationToken)
    {
        var outcome = await heartbeat.RunAsync(
            async token =>
            {
                try
                {
                    await transport.SendHeartbeatAsync(Session.Sequence, token);
                }
                catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException)
                {
                    // The receive loop sees the dropped socket and reconnects.
                }
            },
            cancellationToken);
        if (outcome == HeartbeatOutcome.Zombie)
        {
            zombie.TrySetResult();
        }
    }
}
