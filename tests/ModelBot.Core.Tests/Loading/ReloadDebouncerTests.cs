using Microsoft.Extensions.Time.Testing;
using ModelBot.Core.Loading;

namespace ModelBot.Core.Tests.Loading;

public class ReloadDebouncerTests
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(250);

    [Fact]
    public void Signal_Burst_RunsOnceAfterQuietTime()
    {
        var time = new FakeTimeProvider();
        var runs = 0;
        using var debouncer = new ReloadDebouncer(time, Delay, () => runs++);

        for (var i = 0; i < 5; i++)
        {
            debouncer.Signal();
            time.Advance(Delay / 5);
        }

        runs.ShouldBe(0);
        debouncer.Pending.ShouldBeTrue();
        time.Advance(Delay);
        runs.ShouldBe(1);
        debouncer.Pending.ShouldBeFalse();
        time.Advance(Delay * 4);
        runs.ShouldBe(1);
    }

    [Fact]
    public void Signal_AfterDispose_NeverRuns()
    {
        var time = new FakeTimeProvider();
        var runs = 0;
        var debouncer = new ReloadDebouncer(time, Delay, () => runs++);
        debouncer.Signal();

        debouncer.Dispose();
        debouncer.Signal();
        time.Advance(Delay * 2);

        runs.ShouldBe(0);
    }
}
