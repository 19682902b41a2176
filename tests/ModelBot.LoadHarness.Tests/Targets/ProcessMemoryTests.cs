using ModelBot.LoadHarness.Targets;

namespace ModelBot.LoadHarness.Tests.Targets;

public sealed class ProcessMemoryTests
{
    private const string Status = "Name:\tdotnet\nUmask:\t0022\nState:\tS (sleeping)\nVmPeak:\t 3892 kB\nVmSize:\t 3892 kB\nVmHWM:\t   81348 kB\nVmRSS:\t   79000 kB\nRssAnon:\t   50000 kB\nThreads:\t12\n";

    [Fact]
    public void Parse_StatusText_ReadsRssAndHighWaterMarkInBytes()
    {
        var memory = ProcessMemory.Parse(Status).ShouldNotBeNull();

        memory.PeakRssBytes.ShouldBe(81348L * 1024);
        memory.RssBytes.ShouldBe(79000L * 1024);
    }

    [Theory]
    [InlineData("Name:\tzombie\nState:\tZ (zombie)\n")]
    [InlineData("VmHWM:\t 12 kB\n")]
    [InlineData("VmHWM:\t twelve kB\nVmRSS:\t 12 kB\n")]
    public void Parse_WithoutBothFigures_IsNull(string status) => ProcessMemory.Parse(status).ShouldBeNull();

    [Fact]
    public void Read_ThisProcess_HasAPeakAtLeastItsCurrentRss()
    {
        if (!File.Exists("/proc/self/status"))
        {
            Assert.Skip("no /proc on this system");
        }

        var memory = ProcessMemory.Read(Environment.ProcessId).ShouldNotBeNull();

        memory.RssBytes.ShouldBeGreaterThan(0);
        memory.PeakRssBytes.ShouldBeGreaterThanOrEqualTo(memory.RssBytes);
    }
}
