namespace ModelBot.Commands.Delivery;

/// <summary>Whether a transport can take requests now; readiness is false while a configured transport is not <see cref="Up"/>.</summary>
public enum TransportState
{
    /// <summary>Configured, not connected yet (starting, or reconnecting after a drop).</summary>
    Connecting,

    /// <summary>Takes requests.</summary>
    Up,

    /// <summary>Stopped for good (the platform refused the credentials, or the link was disabled); needs an operator.</summary>
    Down,

    /// <summary>The host is shutting down: no new requests, in-flight answers finish.</summary>
    Stopping,
}
