using ModelBot.Commands.Requests;

namespace ModelBot.Commands.Delivery;

/// <summary>
/// A platform transport (Discord HTTP or Gateway, Slack HTTP or Socket Mode): an adapter whose state readiness checks.
/// Every configured transport registers one, so <c>/healthz</c> lists it and <c>/health/ready</c> waits for it.
/// </summary>
public interface IChatTransport : IChatAdapter
{
    /// <summary>"discord" or "slack".</summary>
    string Platform { get; }

    /// <summary>Whether the transport takes requests now.</summary>
    TransportState State { get; }
}
