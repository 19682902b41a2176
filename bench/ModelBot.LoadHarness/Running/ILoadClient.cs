namespace ModelBot.LoadHarness.Running;

/// <summary>Closed-loop load on one target at a fixed concurrency; connections live as long as the client.</summary>
public interface ILoadClient : IDisposable
{
    /// <summary>Sends up to <paramref name="count"/> of <paramref name="requests"/> within <paramref name="limit"/> and measures them.</summary>
    Task<RunResult> RunAsync(IRequestFactory requests, int count, TimeSpan limit, CancellationToken cancellationToken);
}
