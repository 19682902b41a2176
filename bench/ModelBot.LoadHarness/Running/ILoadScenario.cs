namespace ModelBot.LoadHarness.Running;

/// <summary>
/// One platform's comparison: it starts its targets (ModelBot, a bare baseline, a peer library) on loopback and says
/// how to build each request. Scenarios are found by reflection: add a class in its own file to add one.
/// </summary>
public interface ILoadScenario
{
    /// <summary>Short name used by <c>--scenario</c>, e.g. <c>discord</c>.</summary>
    string Name { get; }

    /// <summary>Starts the targets; each is disposed after its run.</summary>
    Task<IReadOnlyList<LoadTarget>> StartAsync(HarnessOptions options, CancellationToken cancellationToken);
}
