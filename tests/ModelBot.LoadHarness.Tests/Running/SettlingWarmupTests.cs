using ModelBot.LoadHarness.Running;

namespace ModelBot.LoadHarness.Tests.Running;

public sealed class SettlingWarmupTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Theory]
    [InlineData(new[] { 64.0, 62.0 }, true)]
    [InlineData(new[] { 100.0, 110.0 }, true)]
    [InlineData(new[] { 100.0, 111.0 }, false)]
    [InlineData(new[] { 168.0, 120.0 }, false)]
    [InlineData(new[] { 62.0 }, false)]
    public void IsSettled_LastTwoSlices_WithinTenPercent(double[] cpuPerRequest, bool expected) =>
        SettlingWarmup.IsSettled([.. cpuPerRequest.Select(v => (double?)v)]).ShouldBe(expected);

    [Fact]
    public async Task RunAsync_JitStillTiering_GoesOnUntilCpuPerRequestSettles()
    {
        var slices = new Slices(168, 150, 120, 64, 62, 61);

        var (elapsed, cpu) = await SettlingWarmup.RunAsync(slices.NextAsync, min: 3 * Second, max: 30 * Second, TestContext.Current.CancellationToken);

        elapsed.ShouldBe(5 * Second);
        cpu.ShouldBe(62);
    }

    [Fact]
    public async Task RunAsync_SettledAtOnce_StillLastsTheMinimum()
    {
        var (elapsed, _) = await SettlingWarmup.RunAsync(new Slices(60, 60, 60, 60, 60).NextAsync, min: 3 * Second, max: 30 * Second, TestContext.Current.CancellationToken);

        elapsed.ShouldBe(3 * Second);
    }

    [Fact]
    public async Task RunAsync_NeverSettles_StopsAtTheMaximum()
    {
        var (elapsed, _) = await SettlingWarmup.RunAsync(new Slices(100, 200, 100, 200, 100, 200, 100, 200).NextAsync, min: 2 * Second, max: 5 * Second, TestContext.Current.CancellationToken);

        elapsed.ShouldBe(5 * Second);
    }

    [Fact]
    public async Task RunAsync_NoCpuFigures_StopsAtTheMinimum()
    {
        var (elapsed, cpu) = await SettlingWarmup.RunAsync(new Slices(null, null, null, null).NextAsync, min: 2 * Second, max: 10 * Second, TestContext.Current.CancellationToken);

        elapsed.ShouldBe(2 * Second);
        cpu.ShouldBeNull();
    }

    // One-second slices of 1,000 requests with the given CPU microseconds per request.
    private sealed class Slices(params double?[] cpuPerRequest)
    {
        private int _next;

        public Task<RunResult> NextAsync(CancellationToken cancellationToken)
        {
            var cpu = cpuPerRequest[_next++];
            return Task.FromResult(new RunResult(1_000, 0, Second, TimeSpan.Zero, TimeSpan.Zero)
            {
                TargetCpu = cpu is { } microseconds ? TimeSpan.FromMicroseconds(microseconds * 1_000) : null,
            });
        }
    }
}
