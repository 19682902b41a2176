using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using ModelBot.Commands.Delivery;
using ModelBot.Host.Hosting;

namespace ModelBot.Host.Tests.Hosting;

public sealed class SecondStopSignalTests
{
    private sealed class Lifetime : IHostApplicationLifetime, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new();

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => _stopping.Token;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => _stopping.Cancel();

        public void Dispose() => _stopping.Dispose();
    }

    [Fact]
    public void OnStopSignal_FirstSignal_LeavesAnswersInFlightToFinish()
    {
        using var lifetime = new Lifetime();
        using var work = new DeliveryWork(NullLogger<DeliveryWork>.Instance);
        using var signal = new SecondStopSignal(lifetime, work, NullLogger<SecondStopSignal>.Instance);

        signal.OnStopSignal();

        work.Abandoned.IsCancellationRequested.ShouldBeFalse();
    }

    [Fact]
    public void OnStopSignal_WhileTheHostIsStopping_AbandonsAnswersInFlight()
    {
        using var lifetime = new Lifetime();
        using var work = new DeliveryWork(NullLogger<DeliveryWork>.Instance);
        using var signal = new SecondStopSignal(lifetime, work, NullLogger<SecondStopSignal>.Instance);
        lifetime.StopApplication();

        signal.OnStopSignal();

        work.Abandoned.IsCancellationRequested.ShouldBeTrue();
    }
}
