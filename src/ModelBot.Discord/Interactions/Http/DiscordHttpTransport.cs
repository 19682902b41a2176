using Microsoft.Extensions.Hosting;
using ModelBot.Commands.Delivery;

namespace ModelBot.Discord.Interactions.Http;

/// <summary>
/// The HTTP interactions transport as an adapter: up while the host serves <c>POST /discord/interactions</c>, stopping
/// from the moment the host begins to stop, so readiness turns false and a load balancer sends interactions elsewhere
/// while in-flight answers finish.
/// </summary>
public sealed class DiscordHttpTransport : IChatTransport, IHostedService
{
    private volatile int _state = (int)TransportState.Connecting;

    /// <inheritdoc />
    public string Name => TransportNames.DiscordHttp;

    /// <inheritdoc />
    public string Platform => ChatRequestFactory.Platform;

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
