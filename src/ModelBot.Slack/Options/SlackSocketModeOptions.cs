namespace ModelBot.Slack.Options;

/// <summary>Socket Mode settings, bound from <c>Slack:SocketMode</c>.</summary>
public sealed class SlackSocketModeOptions
{
    /// <summary>Receive events, commands and interactions over a WebSocket instead of public HTTP endpoints.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// WebSocket ping interval; a ping unanswered for as long again aborts the socket, which is then replaced. This is
    /// how a dead socket is found: a healthy one may carry no frame for hours (Slack's own pings are control frames
    /// the client never sees), so silence alone proves nothing.
    /// </summary>
    public TimeSpan PingInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long the WebSocket handshake (TCP, TLS, HTTP upgrade) may take before the attempt is abandoned.</summary>
    public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait for the <c>hello</c> frame after connecting.</summary>
    public TimeSpan HelloTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The first delay after a failed connection; doubles on each failure in a row.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest delay between connection attempts.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(2);
}
