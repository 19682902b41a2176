namespace ModelBot.LoadHarness.Running;

/// <summary>
/// Warm-up that lasts until the target has settled: load in one-second slices until the target's CPU time per request
/// in a slice is within 10% of the slice before (at least <c>min</c>, at most <c>max</c>). On a busy 2-core machine a
/// .NET target's background JIT can take well over ten seconds under load to replace its tier-0 code; measured before
/// that, it would look two or three times as expensive as it is.
/// </summary>
public static class SettlingWarmup
{
    /// <summary>Length of one warm-up slice.</summary>
    public static readonly TimeSpan Slice = TimeSpan.FromSeconds(1);

    /// <summary>Largest change of CPU per request between two slices that counts as settled.</summary>
    public const double Tolerance = 0.10;

    /// <summary>True when the last two slices' CPU per request differ by at most <see cref="Tolerance"/>.</summary>
    public static bool IsSettled(IReadOnlyList<double?> cpuPerRequest) =>
        cpuPerRequest.Count >= 2
        && cpuPerRequest[^1] is { } last
        && cpuPerRequest[^2] is { } before
        && before > 0
        && Math.Abs(last - before) <= Tolerance * before;

    /// <summary>
    /// Runs <paramref name="slice"/> until settled and at least <paramref name="min"/> has passed, or until
    /// <paramref name="max"/>; without CPU figures it stops at <paramref name="min"/>. Returns the time spent and the
    /// last slice's CPU per request.
    /// </summary>
    public static async Task<(TimeSpan Elapsed, double? CpuPerRequest)> RunAsync(Func<CancellationToken, Task<RunResult>> slice, TimeSpan min, TimeSpan max, CancellationToken cancellationToken)
    {
        var cpu = new List<double?>();
        var elapsed = TimeSpan.Zero;
        while (true)
        {
            var result = await slice(cancellationToken);
            elapsed += result.Elapsed;
            cpu.Add(result.CpuMicrosecondsPerRequest);
            var done = elapsed >= max || (elapsed >= min && (cpu[^1] is null || IsSettled(cpu)));
            if (done)
            {
                return (elapsed, cpu[^1]);
            }
        }
    }
}
