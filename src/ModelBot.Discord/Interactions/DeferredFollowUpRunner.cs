using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ModelBot.Discord.Logging;

namespace ModelBot.Discord.Interactions;

/// <summary>
/// Runs the follow-ups of deferred HTTP interactions after their type 5/6 response has been sent, outside the
/// request; on shutdown waits for those in flight (bounded by the host's shutdown timeout), then cancels them.
/// </summary>
public sealed class DeferredFollowUpRunner : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<long, Task> _running = new();
    private readonly ILogger _logger;
    private long _next;

    /// <summary>Creates the runner.</summary>
    public DeferredFollowUpRunner(ILogger<DeferredFollowUpRunner>? logger = null) => _logger = logger ?? NullLogger<DeferredFollowUpRunner>.Instance;

    /// <summary>Follow-ups not yet finished.</summary>
    public int InFlight => _running.Count;

    /// <summary>Starts <paramref name="followUp"/> in the background.</summary>
    public void Start(DeferredFollowUp followUp)
    {
        var id = Interlocked.Increment(ref _next);
        var task = RunAsync(id, followUp);
        _running[id] = task;
        if (task.IsCompleted)
        {
            _running.TryRemove(id, out _);
        }
    }

    /// <summary>Waits until every follow-up started so far has finished (tests, shutdown).</summary>
    public Task WhenIdleAsync() => Task.WhenAll(_running.Values.ToArray());

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await WhenIdleAsync().WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await _stopping.CancelAsync();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stopping.Dispose();

    private async Task RunAsync(long id, DeferredFollowUp followUp)
    {
        await Task.Yield();
        try
        {
            await followUp.RunAsync(_stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Shutting down: the token expires unanswered, as Discord would show anyway.
        }
        catch (Exception exception)
        {
            // Never silent: the user is left with "thinking…", so the operator must see why.
            DiscordLog.FollowUpCrashed(_logger, exception, followUp.InteractionId);
        }
        finally
        {
            _running.TryRemove(id, out _);
        }
    }
}
