namespace ModelBot.Host.Tests.Robustness;

/// <summary>
/// How hard the fuzz tests push. The default run stays within CI time on two cores; set
/// <c>MODELBOT_FUZZ_ITERATIONS</c> (e.g. 20000) to raise every property's iteration count for a longer hunt.
/// </summary>
internal static class FuzzSettings
{
    /// <summary>The environment variable that raises the iteration counts.</summary>
    public const string IterationsVariable = "MODELBOT_FUZZ_ITERATIONS";

    /// <summary>
    /// A hang guard, not a timing assertion: a request still unanswered after this long is reported as a hang. It is
    /// generous (a loaded two-core machine answers in milliseconds) so only a request that never ends trips it.
    /// </summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    /// <summary><paramref name="defaultCount"/>, or the larger count from <see cref="IterationsVariable"/>.</summary>
    public static int Iterations(int defaultCount) =>
        int.TryParse(Environment.GetEnvironmentVariable(IterationsVariable), out var configured) && configured > defaultCount
            ? configured
            : defaultCount;
}
