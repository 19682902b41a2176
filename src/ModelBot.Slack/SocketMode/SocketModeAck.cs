using ModelBot.Slack.Payloads;

namespace ModelBot.Slack.SocketMode;

/// <summary>The acknowledgement of an envelope; a slash command's reply rides on it as <see cref="Payload"/>.</summary>
/// <param name="EnvelopeId">The envelope acknowledged.</param>
/// <param name="Payload">The reply, or null.</param>
public sealed record SocketModeAck(string EnvelopeId, SlackMessage? Payload = null);
