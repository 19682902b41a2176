using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using ModelBot.Commands.Delivery;
using ModelBot.Slack.Dispatch;
using ModelBot.Slack.Logging;

namespace ModelBot.Slack.SocketMode;

/// <summary>
/// Feeds Socket Mode envelopes to the same <see cref="SlackDispatcher"/> as the HTTP endpoints and acknowledges
/// them: events and interactions at once, slash commands with their reply riding on the ack.
/// </summary>
public sealed class SocketModeEnvelopeRouter
{
    private readonly SlackDispatcher _dispatcher;
    private readonly ILogger<SocketModeEnvelopeRouter> _logger;

    /// <summary>Creates the router.</summary>
    public SocketModeEnvelopeRouter(SlackDispatcher dispatcher, ILogger<SocketModeEnvelopeRouter> logger)
    {
        _dispatcher = dispatcher;
        _logger = logger;
    }

    /// <summary>Handles one envelope received on <paramref name="connection"/>.</summary>
    public async Task HandleAsync(SocketModeFrame frame, SocketModeConnection connection, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(frame.EnvelopeId) || frame.Payload is not { ValueKind: JsonValueKind.Object } payload)
        {
            SlackLog.SocketFrameIgnored(_logger, $"{frame.Type} envelope without envelope_id or payload");
            return;
        }
        switch (frame.Type)
        {
            case SocketModeFrameTypes.EventsApi:
                // Queue first, acknowledge after: an event the full queue refuses stays unacknowledged, so Slack
                // redelivers it (as the HTTP endpoint's 503 does) instead of losing it after an ack.
                if (payload.Deserialize(SocketModeJsonContext.Wire.EventCallback) is { } callback)
                {
                    var retry = frame.RetryAttempt is > 0 ? frame.RetryAttempt.Value.ToString(CultureInfo.InvariantCulture) : null;
                    if (!_dispatcher.EnqueueEvent(callback, retry, TransportNames.SlackSocket))
                    {
                        SlackLog.SocketAckWithheld(_logger, frame.EnvelopeId, "event queue full; Slack will redeliver");
                        break;
                    }
                }
                await AckAsync(connection, new SocketModeAck(frame.EnvelopeId), cancellationToken);
                break;
            case SocketModeFrameTypes.SlashCommands:
                var command = payload.Deserialize(SocketModeJsonContext.Wire.SlashCommand);
                var reply = command is null ? SlashCommandReply.Empty : await _dispatcher.HandleSlashCommandAsync(command, TransportNames.SlackSocket);
                if (!await connection.SendAsync(frame.EnvelopeId, frame.AcceptsResponsePayload ? reply.Json : default, cancellationToken))
                {
                    SlackLog.SocketAckFailed(_logger, frame.EnvelopeId, "socket closed; Slack will redeliver");
                }
                else if (frame.AcceptsResponsePayload)
                {
                    _dispatcher.Acknowledged(reply);
                }
                break;
            case SocketModeFrameTypes.Interactive:
                await AckAsync(connection, new SocketModeAck(frame.EnvelopeId), cancellationToken);
                if (payload.Deserialize(SocketModeJsonContext.Wire.BlockActionsPayload) is { } interaction)
                {
                    _dispatcher.HandleBlockActions(interaction, TransportNames.SlackSocket);
                }
                break;
            default:
                SlackLog.SocketFrameIgnored(_logger, $"unknown envelope type {frame.Type}");
                break;
        }
    }

    private async Task AckAsync(SocketModeConnection connection, SocketModeAck ack, CancellationToken cancellationToken)
    {
        if (!await connection.SendAsync(ack, cancellationToken))
        {
            SlackLog.SocketAckFailed(_logger, ack.EnvelopeId, "socket closed; Slack will redeliver");
        }
    }
}
