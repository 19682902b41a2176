using Microsoft.Extensions.Hosting;
using ModelBot.Commands.Delivery;

namespace ModelBot.Slack.Dispatch;

/// <summary>
/// Slack's HTTP endpoints as an adapter: up while the host serves them, stopping from the moment the host begins to
/// stop, so readiness turns false and a load balancer sends requests elsewhere while in-flight answers finish.
/// </summary>
public sealed class SlackHttpTransport : IChatTransport, IHostedService
{
    private volatile int _state = (int)TransportState.Connecting;

    /// <inheritdoc />
    public string Name => TransportNames.SlackHttp;

    /// <inheritdoc />
    public string Platform => SlackChatRequests.Platform;

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
