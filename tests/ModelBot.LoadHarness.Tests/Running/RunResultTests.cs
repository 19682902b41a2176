using ModelBot.LoadHarness.Running;

namespace ModelBot.LoadHarness.Tests.Running;

public sealed class RunResultTests
{
    [Fact]
    public void RequestsPerSecond_CountsAnswersOnly()
    {
        var run = new RunResult(Answered: 9_000, Failed: 1_000, TimeSpan.FromSeconds(2), TimeSpan.Zero, TimeSpan.Zero);

        run.RequestsPerSecond.ShouldBe(4_500);
    }

    [Fact]
    public void CpuMicrosecondsPerRequest_TargetCpuOverEveryRequest()
    {
        var run = new RunResult(Answered: 7_500, Failed: 2_500, TimeSpan.FromSeconds(2), TimeSpan.Zero, TimeSpan.Zero) { TargetCpu = TimeSpan.FromSeconds(1.5) };

        run.CpuMicrosecondsPerRequest.ShouldNotBeNull().ShouldBe(150, tolerance: 1e-9);
    }

    [Fact]
    public void CpuMicrosecondsPerRequest_UnknownCpuOrNoRequests_IsUnknown()
    {
        new RunResult(10, 0, TimeSpan.FromSeconds(1), TimeSpan.Zero, TimeSpan.Zero).CpuMicrosecondsPerRequest.ShouldBeNull();
        new RunResult(0, 0, TimeSpan.FromSeconds(1), TimeSpan.Zero, TimeSpan.Zero) { TargetCpu = TimeSpan.FromSeconds(1) }.CpuMicrosecondsPerRequest.ShouldBeNull();
    }
}
