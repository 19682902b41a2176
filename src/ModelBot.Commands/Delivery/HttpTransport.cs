using Microsoft.Extensions.Hosting;

namespace ModelBot.Commands.Delivery;

/// <summary>
/// An HTTP endpoint transport as an adapter: up while the host serves its routes, stopping from the moment the host
/// begins to stop, so readiness turns false and a load balancer sends requests elsewhere while in-flight answers
/// finish. Each platform names its own (one type per platform, so its routes can ask whether it is registered).
/// </summary>
public abstract class HttpTransport : IChatTransport, IHostedService
{
    private volatile int _state = (int)TransportState.Connecting;

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract string Platform { get; }

    /// <inheritdoc />
    public TransportState State => (TransportState)_state;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _state = (int)TransportState.Up;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        _state = (int)TransportState.Stopping;
        return Task.CompletedTask;
    }
}
