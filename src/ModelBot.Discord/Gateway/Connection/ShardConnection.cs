using System.Net.WebSockets;
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
    private readonly ShardRuntime _runtime;
    private readonly ReconnectBackoff _backoff;
    private bool _connectedBefore;

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
                // An identify waits for its turn (IdentifyLimiter) on the open socket, right before IDENTIFY is sent
                // (ShardSocket), so connect and HELLO time never shortens the 5 s between identifies of a bucket.
                var resuming = Session.CanResume;
                if (resuming && Session.ResumeAttemptsInARow >= Math.Max(1, _runtime.Options.MaxResumeAttempts))
                {
                    // A session that keeps refusing RESUME is dead on the server: identify a new one.
                    GatewayLog.ResumeGivenUp(_runtime.Logger, ShardId, Session.ResumeAttemptsInARow);
                    Session.Invalidate();
                    resuming = false;
                }
                var uri = GatewayUrls.ForConnect(resuming && resumeUrlUsable ? Session.ResumeGatewayUrl! : _runtime.GatewayUrl, _runtime.Compression);
                GatewayLog.Connecting(_runtime.Logger, ShardId, uri, resuming ? "resume" : "identify");
                WebSocket socket;
                try
                {
                    // A handshake that never completes (a peer that accepts TCP and says nothing) must not hold the shard.
                    using var handshake = new CancellationTokenSource(_runtime.Options.HandshakeTimeout, _runtime.Time);
                    using var connecting = CancellationTokenSource.CreateLinkedTokenSource(handshake.Token, stoppingToken);
                    socket = await _runtime.Sockets.ConnectAsync(uri, connecting.Token);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    GatewayLog.ConnectFailed(_runtime.Logger, ShardId, uri, $"no handshake within {_runtime.Options.HandshakeTimeout}");
                    resumeUrlUsable = false;
                    continue;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    GatewayLog.ConnectFailed(_runtime.Logger, ShardId, uri, exception.Message);
                    resumeUrlUsable = false;
                    continue;
                }

                resumeUrlUsable = true;
                _runtime.Metrics?.GatewayConnect(resuming, reconnect: _connectedBefore);
                _connectedBefore = true;
                SocketOutcome outcome;
                using (var transport = new GatewayTransport(socket, new RateLimits.GatewaySendLimiter(_runtime.Time), _runtime.Compression))
                {
                    var connection = new ShardSocket(ShardId, ShardCount, Session, _backoff, _runtime, transport, resuming);
                    try
                    {
                        outcome = await connection.RunAsync(stoppingToken);
                    }
                    finally
                    {
                        Session.Disconnected();
                    }
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
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                GatewayLog.UnexpectedFailure(_runtime.Logger, exception, ShardId);
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
}
