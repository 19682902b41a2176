using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;
using ModelBot.Discord.Gateway.Heartbeat;

namespace ModelBot.Discord.Tests.Gateway.Heartbeat;

public class HeartbeatSchedulerTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(41_250);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.25)]
    [InlineData(0.9)]
    public async Task RunAsync_AckedBeats_FirstAfterIntervalTimesJitterThenEveryInterval(double jitter)
    {
        var time = new FakeTimeProvider();
        var start = time.GetUtcNow();
        var scheduler = new HeartbeatScheduler(Interval, jitter, time);
        var beats = Channel.CreateUnbounded<DateTimeOffset>();
        using var stop = new CancellationTokenSource();
        var run = scheduler.RunAsync(_ => { beats.Writer.TryWrite(time.GetUtcNow()); return Task.CompletedTask; }, stop.Token);

        var expected = start + (Interval * jitter);
        for (var beat = 0; beat < 4; beat++)
        {
            if (expected - TimeSpan.FromMilliseconds(1) > time.GetUtcNow())
            {
                time.SetUtcNow(expected - TimeSpan.FromMilliseconds(1));
                beats.Reader.TryRead(out _).ShouldBeFalse();
                time.SetUtcNow(expected);
            }

            (await beats.Reader.ReadAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(Timeout, TestContext.Current.CancellationToken)).ShouldBe(expected);
            scheduler.Acknowledge();
            expected += Interval;
        }

        await stop.CancelAsync();
        (await run.WaitAsync(Timeout, TestContext.Current.CancellationToken)).ShouldBe(HeartbeatOutcome.Stopped);
    }

    [Fact]
    public async Task RunAsync_NoAckBeforeNextBeat_ReportsZombie()
    {
        var time = new FakeTimeProvider();
        var scheduler = new HeartbeatScheduler(Interval, 0.5, time);
        var sent = 0;
        var firstBeat = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = scheduler.RunAsync(_ => { Interlocked.Increment(ref sent); firstBeat.TrySetResult(); return Task.CompletedTask; }, TestContext.Current.CancellationToken);

        time.Advance(Interval * 0.5);
        await firstBeat.Task.WaitAsync(Timeout, TestContext.Current.CancellationToken);
        scheduler.AwaitingAck.ShouldBeTrue();
        time.Advance(Interval);

        (await run.WaitAsync(Timeout, TestContext.Current.CancellationToken)).ShouldBe(HeartbeatOutcome.Zombie);
        sent.ShouldBe(1);
    }

    [Fact]
    public void Constructor_JitterOutsideZeroToOne_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new HeartbeatScheduler(Interval, 1.0, TimeProvider.System));
}
