using ModelBot.LoadHarness.Soak;

namespace ModelBot.LoadHarness.Tests.Soak;

public sealed class SoakReportTests
{
    private const long MiB = 1024 * 1024;

    [Fact]
    public void Buckets_RequestsLandInTheSliceTheyStartedIn()
    {
        var buckets = new SoakBuckets(TimeSpan.FromMinutes(1), 3);
        buckets.Add(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(2), answered: true);
        buckets.Add(TimeSpan.FromSeconds(25), TimeSpan.FromMilliseconds(4), answered: false);
        buckets.Add(TimeSpan.FromSeconds(59), TimeSpan.FromMilliseconds(8), answered: true);
        buckets.Add(TimeSpan.FromSeconds(61), TimeSpan.FromMilliseconds(16), answered: true); // finished late: last slice

        var slices = buckets.ToList();

        slices.Select(s => s.Requests).ShouldBe([1, 1, 2]);
        slices.Select(s => s.Failed).ShouldBe([0, 1, 0]);
        slices[2].P99.ShouldBe(TimeSpan.FromMilliseconds(16));
        slices[1].From.ShouldBe(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void Format_GrowingHost_ReportsStartEndPeakGrowthAndErrors()
    {
        var samples = Enumerable.Range(0, 11).Select(i => new SoakSample(TimeSpan.FromMinutes(i), (100 + (3 * i)) * MiB, Healthy: i != 4)).ToList();
        var buckets = new[] { new SoakBucket(TimeSpan.Zero, TimeSpan.FromMinutes(5), 60_000, 3, TimeSpan.FromMilliseconds(2), TimeSpan.FromMilliseconds(9)), new SoakBucket(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10), 60_000, 0, TimeSpan.FromMilliseconds(2), TimeSpan.FromMilliseconds(12)) };
        var result = new SoakResult(TimeSpan.FromMinutes(10), 200, 32, TimeSpan.FromMilliseconds(700), buckets, samples, 140 * MiB);

        var report = SoakReport.Format(result);

        report.ShouldContain("start 100.0 MiB, end 130.0 MiB, peak 140.0 MiB");
        report.ShouldContain("+3.00 MiB net");
        report.ShouldContain("+3.00 MiB trend");
        report.ShouldContain("Requests: 120,000, failed 3; /healthz not 200 in 1 of 11 samples.");
        report.ShouldContain("| 0s–5m | 60,000 | 200 | 3 | 2.00 | 9.00 |");
        report.ShouldContain("| 5m–10m | 60,000 | 200 | 0 | 2.00 | 12.00 |");
    }
}
