using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelBot.Slack.Logging;

namespace ModelBot.Slack.Dispatch;

/// <summary>
/// Work that continues after Slack has been acknowledged (deferred answers, button updates). Runs on the
/// thread pool, logs failures, and is awaited (up to the host's shutdown timeout) when the host stops.
/// </summary>
public sealed class BackgroundWork : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly ILogger<BackgroundWork> _logger;

    /// <summary>Creates the tracker.</summary>
    public BackgroundWork(ILogger<BackgroundWork> logger) => _logger = logger;

    /// <summary>Cancelled when the host stops.</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <summary>Starts <paramref name="work"/> in the background.</summary>
    public void Run(Func<CancellationToken, Task> work)
    {
        var task = Task.Run(async () =>
        {
            try
            {
                await work(_stopping.Token);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
            }
            catch (Exception exception)
            {
                SlackLog.HandlingFailed(_logger, exception);
            }
        });
        _running.TryAdd(task, 0);
        task.ContinueWith((done, state) => ((ConcurrentDictionary<Task, byte>)state!).TryRemove(done, out _), _running, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Completes when nothing is running (for tests and shutdown).</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken) => Task.WhenAll(_running.Keys).WaitAsync(cancellationToken);

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await WhenIdleAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await _stopping.CancelAsync();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stopping.Dispose();
}
