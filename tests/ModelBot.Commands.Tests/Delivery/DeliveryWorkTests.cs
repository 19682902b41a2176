using Microsoft.Extensions.Logging.Abstractions;
using ModelBot.Commands.Delivery;

namespace ModelBot.Commands.Tests.Delivery;

public class DeliveryWorkTests
{
    [Fact]
    public async Task StopAsync_AnswerStillBeingDelivered_WaitsForItToFinish()
    {
        using var work = new DeliveryWork(NullLogger<DeliveryWork>.Instance);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var delivered = false;
        work.Start("1", async _ =>
        {
            await release.Task;
            delivered = true;
        });

        var stopping = work.StopAsync(CancellationToken.None);
        await Task.Delay(50, TestContext.Current.CancellationToken);
        stopping.IsCompleted.ShouldBeFalse();
        release.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        delivered.ShouldBeTrue();
        work.Abandoned.IsCancellationRequested.ShouldBeFalse();
    }

    [Fact]
    public async Task StopAsync_ShutdownTimeoutRunsOut_AbandonsTheRest()
    {
        using var work = new DeliveryWork(NullLogger<DeliveryWork>.Instance);
        var observed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        work.Start("1", async abandoned =>
        {
            await using var _ = abandoned.Register(observed.SetResult);
            await Task.Delay(Timeout.Infinite, abandoned);
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await work.StopAsync(timeout.Token).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        await observed.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await work.WhenIdleAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        work.InFlight.ShouldBe(0);
    }

    [Fact]
    public async Task StopNow_WhileWaiting_StopsAtOnceAndRefusesNewWork()
    {
        using var work = new DeliveryWork(NullLogger<DeliveryWork>.Instance);
        work.Start("1", abandoned => Task.Delay(Timeout.Infinite, abandoned));
        var stopping = work.StopAsync(CancellationToken.None);
        await Task.Delay(50, TestContext.Current.CancellationToken);

        work.StopNow();

        await stopping.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        work.Start("2", _ => Task.CompletedTask).ShouldBeFalse();
    }

    [Fact]
    public async Task Start_WorkThrows_IsLoggedAndOtherWorkGoesOn()
    {
        using var work = new DeliveryWork(NullLogger<DeliveryWork>.Instance);
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        work.Start("1", _ => throw new InvalidOperationException("boom"));
        work.Start("2", _ =>
        {
            second.SetResult();
            return Task.CompletedTask;
        });

        await second.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await work.WhenIdleAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }
}
