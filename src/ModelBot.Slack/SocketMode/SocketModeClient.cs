using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelBot.Commands.Delivery;
using ModelBot.Slack.Dispatch;
using ModelBot.Slack.Logging;
using ModelBot.Slack.Options;
using ModelBot.Slack.Telemetry;
using ModelBot.Slack.WebApi;

namespace ModelBot.Slack.SocketMode;

/// <summary>
/// The Socket Mode transport: <c>apps.connections.open</c>, connect, wait for <c>hello</c>, feed envelopes to the
/// dispatch path; on a <c>disconnect</c> frame open the new connection before closing the old (after a backoff for
/// <c>too_many_websockets</c>); reconnect a dropped one (a ping left unanswered drops it), with backoff when connecting
/// fails or the handshake hangs; stop on <c>link_disabled</c> and on a refused app-level token.
/// </summary>
public sealed class SocketModeClient : BackgroundService, IChatTransport
{
    private readonly SlackApiClient _api;
    private readonly ISocketModeSocketFactory _sockets;
    private readonly SocketModeEnvelopeRouter _router;
    private readonly DeliveryWork _background;
    private readonly SlackSocketModeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SocketModeClient> _logger;
    private readonly TaskCompletionSource _linkDisabled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<ConnectionEnd> _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _connections;
    private readonly SlackMetrics _metrics;
    private volatile SocketModeConnection? _live;
    private string? _lastEnd;
    private volatile bool _stopping;

    /// <summary>Creates the client.</summary>
    public SocketModeClient(
        SlackApiClient api,
        ISocketModeSocketFactory sockets,
        SocketModeEnvelopeRouter router,
        DeliveryWork background,
        IOptions<SlackOptions> options,
        TimeProvider time,
        ILogger<SocketModeClient> logger,
        SlackMetrics? metrics = null)
    {
        _metrics = metrics ?? new SlackMetrics();
        _api = api;
        _sockets = sockets;
        _router = router;
        _background = background;
        _options = options.Value.SocketMode;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    public string Name => TransportNames.SlackSocket;

    /// <inheritdoc />
    public string Platform => SlackChatRequests.Platform;

    /// <inheritdoc />
    public TransportState State => _stopping ? TransportState.Stopping
        : _stopped.Task.IsCompleted ? TransportState.Down
        : _live is { } live && !live.Ended.IsCompleted ? TransportState.Up
        : TransportState.Connecting;

    /// <inheritdoc />
    public override Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        return base.StopAsync(cancellationToken);
    }

    /// <summary>Completes when Slack disabled the link and the client stopped.</summary>
    public Task LinkDisabled => _linkDisabled.Task;

    /// <summary>Completes with the reason when the client stopped for good (link disabled, app-level token refused).</summary>
    public Task<ConnectionEnd> Stopped => _stopped.Task;

    /// <summary>How many connections have been opened (for tests and diagnostics).</summary>
    public int ConnectionCount => Volatile.Read(ref _connections);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = new SocketModeBackoff(_options.InitialBackoff, _options.MaxBackoff);
        SocketModeConnection? current = null;
        var crowded = false;
        ConnectionEnd? stop = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (current is null)
                {
                    var (opened, failure) = await ConnectAsync(stoppingToken);
                    if (failure is ConnectionEnd.LinkDisabled or ConnectionEnd.AuthFailed)
                    {
                        stop = failure;
                        break;
                    }
                    if (opened is null)
                    {
                        var delay = backoff.NextDelay();
                        SlackLog.SocketConnectFailed(_logger, failure?.ToString() ?? "connect failed", delay.TotalMilliseconds);
                        await Task.Delay(delay, _time, stoppingToken);
                        continue;
                    }
                    if (!crowded)
                    {
                        backoff.Reset();
                    }
                    current = opened;
                    _live = current;
                    Connected();
                }

                var end = await current.Ended.WaitAsync(stoppingToken);
                _lastEnd = end.ToString();
                SlackLog.SocketClosed(_logger, current.Number, end);
                if (end == ConnectionEnd.LinkDisabled)
                {
                    stop = end;
                    break;
                }
                crowded = end == ConnectionEnd.TooManyWebsockets;
                if (end == ConnectionEnd.RefreshRequested)
                {
                    // Open the new connection before closing the old, so nothing is missed in between.
                    var (next, failure) = await ConnectAsync(stoppingToken);
                    await current.DisposeAsync();
                    current = next;
                    _live = current;
                    if (current is not null)
                    {
                        Connected();
                    }
                    if (failure is ConnectionEnd.LinkDisabled or ConnectionEnd.AuthFailed)
                    {
                        stop = failure;
                        break;
                    }
                    continue;
                }
                await current.DisposeAsync();
                current = null;
                if (crowded)
                {
                    // Another connection now would only add to the ones Slack counts: back off, growing while it repeats.
                    var delay = backoff.NextDelay();
                    SlackLog.SocketConnectFailed(_logger, SocketModeFrameTypes.TooManyWebsockets, delay.TotalMilliseconds);
                    await Task.Delay(delay, _time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            _live = null;
            if (current is not null)
            {
                await current.DisposeAsync();
            }
        }
        if (stop is not null && !stoppingToken.IsCancellationRequested)
        {
            if (stop == ConnectionEnd.LinkDisabled)
            {
                SlackLog.SocketLinkDisabled(_logger);
                _linkDisabled.TrySetResult();
            }
            _stopped.TrySetResult(stop.Value);
        }
    }

    private void Connected() => _metrics.SocketConnected(_lastEnd);

    private async Task<(SocketModeConnection? Connection, ConnectionEnd? Failure)> ConnectAsync(CancellationToken stoppingToken)
    {
        var open = await _api.OpenConnectionAsync(stoppingToken);
        if (!open.IsOk)
        {
            if (SlackApiErrorCodes.IsTokenRefused(open.Error.Code))
            {
                // Retrying cannot fix a refused token; it only adds invalid requests.
                SlackLog.SocketAuthFailed(_logger, open.Error.Code);
                return (null, ConnectionEnd.AuthFailed);
            }
            return (null, null);
        }
        if (!Uri.TryCreate(open.Value.Url, UriKind.Absolute, out var url))
        {
            return (null, null);
        }
        SocketModeConnection connection;
        try
        {
            // A handshake that never completes (a peer that accepts TCP and says nothing) must not hold the client.
            using var handshake = new CancellationTokenSource(_options.HandshakeTimeout, _time);
            using var connecting = CancellationTokenSource.CreateLinkedTokenSource(handshake.Token, stoppingToken);
            var socket = await _sockets.ConnectAsync(url, connecting.Token);
            connection = new SocketModeConnection(Interlocked.Increment(ref _connections), socket, _time);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            SlackLog.SocketHandshakeTimedOut(_logger, _options.HandshakeTimeout.TotalSeconds);
            return (null, null);
        }
        catch (Exception exception) when (exception is System.Net.WebSockets.WebSocketException or HttpRequestException or IOException)
        {
            return (null, null);
        }
        connection.Receiving = Task.Run(() => ReceiveLoopAsync(connection, stoppingToken), CancellationToken.None);
        using var helloTimeout = new CancellationTokenSource(_options.HelloTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(helloTimeout.Token, stoppingToken);
        Task helloOrEnd = Task.WhenAny(connection.Hello, connection.Ended);
        await helloOrEnd.WaitAsync(linked.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (connection.Hello.IsCompleted)
        {
            SlackLog.SocketConnected(_logger, connection.Number);
            return (connection, null);
        }
        ConnectionEnd? failure = connection.Ended.IsCompleted ? connection.Ended.Result : null;
        await connection.DisposeAsync();
        stoppingToken.ThrowIfCancellationRequested();
        return (null, failure);
    }

    private async Task ReceiveLoopAsync(SocketModeConnection connection, CancellationToken stoppingToken)
    {
        while (await connection.ReceiveAsync(stoppingToken) is { } message)
        {
            if (!message.IsText)
            {
                SlackLog.SocketFrameIgnored(_logger, "binary frame");
                continue;
            }
            SocketModeFrame? frame;
            try
            {
                frame = JsonSerializer.Deserialize(message.Bytes.Span, SocketModeJsonContext.Wire.SocketModeFrame);
            }
            catch (JsonException)
            {
                SlackLog.SocketFrameIgnored(_logger, "not JSON");
                continue;
            }
            switch (frame?.Type)
            {
                case SocketModeFrameTypes.Hello:
                    connection.HelloReceived();
                    break;
                case SocketModeFrameTypes.Disconnect:
                    SlackLog.SocketRefresh(_logger, frame.Reason ?? "no reason");
                    connection.End(frame.Reason switch
                    {
                        SocketModeFrameTypes.LinkDisabled => ConnectionEnd.LinkDisabled,
                        SocketModeFrameTypes.TooManyWebsockets => ConnectionEnd.TooManyWebsockets,
                        _ => ConnectionEnd.RefreshRequested,
                    });
                    break;
                case SocketModeFrameTypes.EventsApi or SocketModeFrameTypes.SlashCommands or SocketModeFrameTypes.Interactive:
                    var envelope = frame;
                    _background.Start(envelope.EnvelopeId ?? envelope.Type ?? "envelope", stopping => _router.HandleAsync(envelope, connection, stopping));
                    break;
                default:
                    SlackLog.SocketFrameIgnored(_logger, $"unknown frame type {frame?.Type ?? "(none)"}");
                    break;
            }
        }
        connection.End(ConnectionEnd.Dropped);
    }
}
