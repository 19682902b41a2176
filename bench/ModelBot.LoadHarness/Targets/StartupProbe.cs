using System.Diagnostics;
using ModelBot.LoadHarness.Running;

namespace ModelBot.LoadHarness.Targets;

/// <summary>Startup time: from spawn until the target first answers a real request of the scenario.</summary>
public static class StartupProbe
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// Sends request 0 every 10 ms until it is answered; returns the time since spawn and that first answer. Fails with
    /// the target's output when it exits or times out.
    /// </summary>
    public static async Task<(TimeSpan Startup, byte[] FirstAnswer)> WaitAsync(TargetProcess process, IRequestFactory requests, Uri baseAddress, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false, ConnectTimeout = TimeSpan.FromSeconds(2) }) { Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            using (var request = requests.Create(baseAddress, 0))
            {
                if (await ReplyCheck.SendForBodyAsync(client, request, cancellationToken) is { } answer)
                {
                    return (Stopwatch.GetElapsedTime(process.SpawnedAt), answer);
                }
            }
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the target exited before answering:{Environment.NewLine}{process.RecentOutput}");
            }
            if (Stopwatch.GetElapsedTime(process.SpawnedAt) > timeout)
            {
                throw new TimeoutException($"no answer within {timeout.TotalSeconds:0} s:{Environment.NewLine}{process.RecentOutput}");
            }
            await Task.Delay(Interval, cancellationToken);
        }
    }
}
