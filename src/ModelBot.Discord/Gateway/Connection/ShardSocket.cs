using System.Net.WebSockets;
using System.Text.Json;
using ModelBot.Discord.Gateway.Heartbeat;
using ModelBot.Discord.Gateway.Logging;
using ModelBot.Discord.Gateway.Protocol;
using ModelBot.Discord.Gateway.Sessions;

namespace ModelBot.Discord.Gateway.Connection;

/// <summary>
/// One socket of a shard, from HELLO to close: heartbeats, IDENTIFY or RESUME, dispatches, RECONNECT and
/// INVALID SESSION, zombie detection, and the 1000 close on shutdown. Says how it ended; the shard decides
/// what to do next.
/// </summary>
internal sealed class ShardSocket
{
    /// <summary>A socket that sends no HELLO within this time is treated like a zombie: closed and reconnected.</summary>
    public static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);
    private readonly ReconnectBackoff _backoff;
    private readonly ShardRuntime _runtime;
    private readonly GatewayTransport _transport;
    private readonly bool _resuming;

    public ShardSocket(int shardId, int shardCount, SessionState session, ReconnectBackoff backoff, ShardRuntime runtime, GatewayTransport transport, bool resuming)
    {
        ShardId = shardId;
        ShardCount = shardCount;
        Session = session;
        _backoff = backoff;
        _runtime = runtime;
        _transport = transport;
        _resuming = resuming;
    }

    private int ShardId { get; }

    private int ShardCount { get; }

    private SessionState Session { get; }

    public async Task<SocketOutcome> RunAsync(CancellationToken stoppingToken)
    {
        using var abort = new CancellationTokenSource();
        var zombie = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var hello = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var shutdown = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStop = stoppingToken.Register(() => shutdown.TrySetResult());

        var loop = ReceiveLoopAsync(_transport, _resuming, hello, zombie, abort.Token);
        var helloWatch = WatchHelloAsync(hello.Task, zombie, abort.Token);
        try
        {
            return await RunUntilEndAsync(_transport, loop, zombie.Task, shutdown.Task, abort);
        }
        finally
        {
            await abort.CancelAsync();
            await helloWatch;
        }
    }

    private async Task<SocketOutcome> RunUntilEndAsync(GatewayTransport transport, Task<SocketOutcome> loop, Task zombie, Task shutdown, CancellationTokenSource abort)
    {
        var first = await Task.WhenAny(loop, zombie, shutdown);
        if (first == loop)
        {
            await abort.CancelAsync();
            return await loop;
        }

        if (first == zombie)
        {
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

    private async Task WatchHelloAsync(Task hello, TaskCompletionSource silent, CancellationToken abort)
    {
        try
        {
            await hello.WaitAsync(HelloTimeout, _runtime.Time, abort);
        }
        catch (TimeoutException)
        {
            GatewayLog.NoHello(_runtime.Logger, ShardId, HelloTimeout);
            silent.TrySetResult();
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task<SocketOutcome> ReceiveLoopAsync(GatewayTransport transport, bool resuming, TaskCompletionSource hello, TaskCompletionSource zombie, CancellationToken abort)
    {
        var state = new SocketLoopState(transport, resuming, hello, zombie, CancellationTokenSource.CreateLinkedTokenSource(abort), abort);
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

                if (received.IsFailed)
                {
                    return await DropAsync(transport, received);
                }

                if (received.IsClosed)
                {
                    GatewayLog.Closed(_runtime.Logger, ShardId, received.CloseCode, GatewayCloseCodes.Describe(received.CloseCode));
                    return SocketOutcome.FromClose(received.CloseCode);
                }

                try
                {
                    if (await HandleAsync(received.Payload!, state) is { } outcome)
                    {
                        return outcome;
                    }
                }
                catch (Exception exception) when (exception is JsonException or InvalidOperationException && !abort.IsCancellationRequested)
                {
                    GatewayLog.UnreadablePayload(_runtime.Logger, exception, ShardId);
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            return SocketOutcome.Resume;
        }
        finally
        {
            await state.HeartbeatStop.CancelAsync();
            await state.HeartbeatRun;
            await state.IdentifyRun;
            state.HeartbeatStop.Dispose();
        }
    }

    /// <summary>
    /// Gives up a socket the client cannot read on (a message over the size limit, corrupt compressed data): a
    /// close frame that keeps the session resumable, then the connection is cut at once, so the rest of the
    /// message is never read, and the shard resumes on a new socket.
    /// </summary>
    private async Task<SocketOutcome> DropAsync(GatewayTransport transport, ReceiveResult received)
    {
        if (received.Failure == ReceiveFailure.TooLarge)
        {
            GatewayLog.MessageTooLarge(_runtime.Logger, ShardId, GatewayLimits.MaxReceiveMessageBytes);
            await CloseAsync(transport, GatewayCloseCodes.MessageTooBig, "message too big");
        }
        else
        {
            GatewayLog.CorruptCompression(_runtime.Logger, ShardId, received.Detail ?? "unknown");
            await CloseAsync(transport, GatewayCloseCodes.InvalidPayloadData, "corrupt compressed data");
        }

        transport.Abort();
        return SocketOutcome.Resume;
    }

    /// <summary>Acts on one payload; returns how the socket ends, or null to keep reading.</summary>
    private async Task<SocketOutcome?> HandleAsync(GatewayPayload payload, SocketLoopState state)
    {
        switch (payload.Op)
        {
            case GatewayOpcode.Hello when state.Heartbeat is null:
                var interval = payload.D.Deserialize(GatewayJsonContext.Default.Hello)!.HeartbeatInterval;
                state.Hello.TrySetResult();
                state.Heartbeat = new HeartbeatScheduler(TimeSpan.FromMilliseconds(interval), _runtime.Jitter.NextFraction(), _runtime.Time);
                state.HeartbeatRun = WatchHeartbeatAsync(state.Heartbeat, state.Transport, state.Zombie, state.HeartbeatStop.Token);
                if (state.Resuming && Session.SessionId is not null)
                {
                    await SendResumeAsync(state.Transport, state.Abort);
                    // Counted once sent: a socket lost before RESUME went out says nothing about the session.
                    Session.ResumeAttempted();
                }
                else
                {
                    // The identify turn may take a while (5 s per earlier identify of the bucket, in any process): wait
                    // beside the loop, so heartbeat ACKs are still read meanwhile.
                    state.IdentifyRun = IdentifyWhenAllowedAsync(state.Transport, state.HeartbeatStop.Token);
                }

                return null;
            case GatewayOpcode.HeartbeatAck:
                state.Heartbeat?.Acknowledge();
                return null;
            case GatewayOpcode.Heartbeat:
                await state.Transport.SendHeartbeatAsync(Session.Sequence, state.Abort);
                return null;
            case GatewayOpcode.Dispatch:
                OnDispatch(payload);
                return null;
            case GatewayOpcode.Reconnect:
                GatewayLog.ReconnectRequested(_runtime.Logger, ShardId);
                await CloseAsync(state.Transport, GatewayCloseCodes.UnknownError, "reconnect requested");
                return SocketOutcome.Resume;
            case GatewayOpcode.InvalidSession:
                return await OnInvalidSessionAsync(state.Transport, payload);
            default:
                return null;
        }
    }

    private async Task SendResumeAsync(GatewayTransport transport, CancellationToken cancellationToken) =>
        await transport.SendResumeAsync(new Resume(_runtime.Options.BotToken, Session.SessionId!, Session.Sequence ?? 0), cancellationToken);

    /// <summary>
    /// Waits for this shard's identify turn (the process's bucket spacing and the lease shared with other processes)
    /// and sends IDENTIFY at once: the turn is taken with the socket open and HELLO received, so the 5 s a lease
    /// stands for start when the IDENTIFY leaves, not before a connect of unknown length.
    /// </summary>
    private async Task IdentifyWhenAllowedAsync(GatewayTransport transport, CancellationToken cancellationToken)
    {
        try
        {
            await _runtime.IdentifyLimiter.WaitAsync(ShardId, cancellationToken);
            var identify = new Identify(_runtime.Options.BotToken, _runtime.Options.Intents, IdentifyConnectionProperties.ForCurrentProcess(), [ShardId, ShardCount]);
            await transport.SendIdentifyAsync(identify, cancellationToken);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The socket ended while waiting or sending; the receive loop reports how, and the shard reconnects.
        }
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
                Session.Resumed();
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
            GatewayLog.Zombie(_runtime.Logger, ShardId);
            zombie.TrySetResult();
        }
    }
}
