using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ModelBot.Discord.Gateway.Protocol;
using ModelBot.Discord.Gateway.RateLimits;

namespace ModelBot.Discord.Gateway.Connection;

/// <summary>
/// Frames gateway payloads over one WebSocket: one sender at a time, every send through the send limiter,
/// whole messages in (never more than <see cref="GatewayLimits.MaxReceiveMessageBytes"/> of one held in memory,
/// compressed or inflated), close codes out. With zlib-stream the transport owns the connection's zlib context.
/// A receive that is cancelled aborts the socket (as WebSocket does).
/// </summary>
public sealed class GatewayTransport : IDisposable
{
    private readonly WebSocket _socket;
    private readonly GatewaySendLimiter _limiter;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly BoundedMessageBuffer _receiveBuffer = new(GatewayLimits.MaxReceiveMessageBytes);
    private readonly ZlibStreamInflater? _inflater;

    /// <summary>Wraps an open socket whose URL asked for <paramref name="compression"/>.</summary>
    public GatewayTransport(WebSocket socket, GatewaySendLimiter limiter, GatewayCompression compression = GatewayCompression.None)
    {
        _socket = socket;
        _limiter = limiter;
        _inflater = compression == GatewayCompression.ZlibStream ? new ZlibStreamInflater(GatewayLimits.MaxReceiveMessageBytes) : null;
    }

    /// <summary>Sends a HEARTBEAT with the last sequence number (null before any dispatch).</summary>
    public Task SendHeartbeatAsync(long? sequence, CancellationToken cancellationToken) =>
        SendAsync(new GatewaySendPayload<long?>(GatewayOpcode.Heartbeat, sequence), GatewayJsonContext.Default.GatewaySendPayloadNullableInt64, heartbeat: true, cancellationToken);

    /// <summary>Sends IDENTIFY.</summary>
    public Task SendIdentifyAsync(Identify identify, CancellationToken cancellationToken) =>
        SendAsync(new GatewaySendPayload<Identify>(GatewayOpcode.Identify, identify), GatewayJsonContext.Default.GatewaySendPayloadIdentify, heartbeat: false, cancellationToken);

    /// <summary>Sends RESUME.</summary>
    public Task SendResumeAsync(Resume resume, CancellationToken cancellationToken) =>
        SendAsync(new GatewaySendPayload<Resume>(GatewayOpcode.Resume, resume), GatewayJsonContext.Default.GatewaySendPayloadResume, heartbeat: false, cancellationToken);

    /// <summary>
    /// Receives the next whole message. A message over the size limit is not read to its end (the result says
    /// <see cref="ReceiveFailure.TooLarge"/>), and compressed data that does not inflate gives
    /// <see cref="ReceiveFailure.CorruptCompression"/>: either way the caller drops the socket.
    /// </summary>
    /// <exception cref="JsonException">The message is not a gateway payload.</exception>
    public async Task<ReceiveResult> ReceiveAsync(CancellationToken cancellationToken)
    {
        _receiveBuffer.Reset();
        // Compressed bytes collect in the inflater until a message's sync-flush suffix; plain ones here.
        var target = _inflater?.Compressed ?? _receiveBuffer;
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(target.GetMemory(), cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return new ReceiveResult(null, (int?)_socket.CloseStatus);
                }

                target.Advance(result.Count);
                if (target.IsOverLimit)
                {
                    return ReceiveResult.TooLarge(target.MaxBytes);
                }

                if (!result.EndOfMessage)
                {
                    continue;
                }

                if (_inflater is null)
                {
                    return new ReceiveResult(Parse(_receiveBuffer.Written.Span), null);
                }

                if (_inflater.HasCompleteMessage)
                {
                    return Inflate(_inflater);
                }
            }
        }
        catch (WebSocketException)
        {
            return new ReceiveResult(null, null);
        }
    }

    /// <summary>Sends a close frame without waiting for the reply. Codes other than 1000/1001 keep the session resumable.</summary>
    public async Task CloseOutputAsync(int closeCode, string reason, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, reason, cancellationToken);
            }
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the connection at once.</summary>
    public void Abort() => _socket.Abort();

    /// <inheritdoc />
    public void Dispose()
    {
        _socket.Dispose();
        _sendLock.Dispose();
        _inflater?.Dispose();
    }

    private ReceiveResult Inflate(ZlibStreamInflater inflater)
    {
        try
        {
            inflater.InflateInto(_receiveBuffer);
        }
        catch (InvalidDataException exception)
        {
            return ReceiveResult.CorruptCompression(exception.Message);
        }

        return _receiveBuffer.IsOverLimit
            ? ReceiveResult.TooLarge(_receiveBuffer.MaxBytes)
            : new ReceiveResult(Parse(_receiveBuffer.Written.Span), null);
    }

    private static GatewayPayload Parse(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize(json, GatewayJsonContext.Default.GatewayPayload) ?? throw new JsonException("Empty gateway payload.");

    private async Task SendAsync<T>(GatewaySendPayload<T> payload, JsonTypeInfo<GatewaySendPayload<T>> typeInfo, bool heartbeat, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload, typeInfo);
        if (bytes.Length > GatewayLimits.MaxSendPayloadBytes)
        {
            throw new InvalidOperationException($"Gateway payload of {bytes.Length} bytes exceeds {GatewayLimits.MaxSendPayloadBytes}.");
        }

        await _limiter.AcquireAsync(heartbeat, cancellationToken);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
