namespace ModelBot.LoadHarness.Soak;

/// <summary>One look at the host during a soak.</summary>
/// <param name="At">Time since the soak started.</param>
/// <param name="RssBytes">VmRSS then.</param>
/// <param name="Healthy">Whether GET /healthz answered 200.</param>
public sealed record SoakSample(TimeSpan At, long RssBytes, bool Healthy);
