using System.Runtime.InteropServices;
using ModelBot.Commands.Delivery;

namespace ModelBot.Host.Hosting;

/// <summary>
/// Graceful shutdown with a way out: the first SIGINT or SIGTERM stops the host, which waits (up to its shutdown
/// timeout) for answers still being delivered; a second one while it waits abandons them, so the host stops at once.
/// The first signal is left to the host's console lifetime.
/// </summary>
public sealed class SecondStopSignal(IHostApplicationLifetime lifetime, DeliveryWork work, ILogger<SecondStopSignal> logger) : IHostedService, IDisposable
{
    private readonly List<PosixSignalRegistration> _registrations = [];

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            try
            {
                _registrations.Add(PosixSignalRegistration.Create(signal, context => OnStopSignal()));
            }
            catch (PlatformNotSupportedException)
            {
                // No such signal here (a platform without POSIX signals): the shutdown timeout still bounds the wait.
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>A stop signal arrived: the first is the host's to handle; one while the host is already stopping abandons the wait.</summary>
    public void OnStopSignal()
    {
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            HostingLog.StopNow(logger, work.InFlight);
            work.StopNow();
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }
}
