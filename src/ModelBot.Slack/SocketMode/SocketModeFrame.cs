using System.Text.Json;

namespace ModelBot.Slack.SocketMode;

/// <summary>A frame Slack sends over Socket Mode: <c>hello</c>, <c>disconnect</c>, or an envelope (<c>events_api</c>, <c>slash_commands</c>, <c>interactive</c>).</summary>
public sealed record SocketModeFrame
{
    /// <summary>The frame type.</summary>
    public string? Type { get; init; }

    /// <summary>The envelope's id, to acknowledge.</summary>
    public string? EnvelopeId { get; init; }

    /// <summary>The envelope's content: the same JSON the HTTP transport receives.</summary>
    public JsonElement? Payload { get; init; }

    /// <summary>Whether the ack may carry a response payload (slash commands).</summary>
    public bool AcceptsResponsePayload { get; init; }

    /// <summary>Slack's redelivery count of this envelope.</summary>
    public int? RetryAttempt { get; init; }

    /// <summary>Why Slack redelivered.</summary>
    public string? RetryReason { get; init; }

    /// <summary>Why a <c>disconnect</c> frame was sent.</summary>
    public string? Reason { get; init; }

    /// <summary>How many connections the app has (hello).</summary>
    public int? NumConnections { get; init; }
}
