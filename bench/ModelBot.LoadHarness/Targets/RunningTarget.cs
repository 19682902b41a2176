namespace ModelBot.LoadHarness.Targets;

/// <summary>A started target that has answered once.</summary>
/// <param name="Name">Shown in the report.</param>
/// <param name="Role">Its place in the comparison.</param>
/// <param name="BaseAddress">http://127.0.0.1:port/.</param>
/// <param name="Process">Its process.</param>
/// <param name="Startup">From spawn to the first answer that passed the reply check.</param>
public sealed record RunningTarget(string Name, TargetRole Role, Uri BaseAddress, TargetProcess Process, TimeSpan Startup) : IAsyncDisposable
{
    /// <inheritdoc />
    public ValueTask DisposeAsync() => Process.DisposeAsync();
}
