using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ModelBot.Commands.Delivery;

/// <summary>
/// Work that goes on after a request was acknowledged (deferred answers, button updates, event replies, follow-on
/// steps), on every platform. On shutdown the host waits for it, bounded by the host's shutdown timeout; a second stop
/// signal (<see cref="StopNow"/>) abandons what is left at once. Work started during the wait (a request acknowledged
/// just before) is waited for too; work started after it was abandoned is refused.
/// </summary>
public sealed class DeliveryWork(ILogger<DeliveryWork> logger) : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<long, Task> _running = new();
    private readonly CancellationTokenSource _abandon = new();
    private long _next;

    /// <summary>Cancelled when in-flight work is abandoned (the shutdown wait ran out, or a second stop signal).</summary>
    public CancellationToken Abandoned => _abandon.Token;

    /// <summary>Work not yet finished.</summary>
    public int InFlight => _running.Count;

    /// <summary>Starts <paramref name="work"/> in the background; false (and nothing runs) once the host is stopping.</summary>
    /// <param name="reference">Names the work in logs (an interaction or event id; never a token).</param>
    /// <param name="work">Given <see cref="Abandoned"/>.</param>
    public bool Start(string reference, Func<CancellationToken, Task> work)
    {
        if (_abandon.IsCancellationRequested)
        {
            DeliveryLog.RefusedWhileStopping(logger, reference);
            return false;
        }
        var id = Interlocked.Increment(ref _next);
        var task = RunAsync(id, reference, work);
        _running[id] = task;
        if (task.IsCompleted)
        {
            _running.TryRemove(id, out _);
        }
        return true;
    }

    /// <summary>Completes when no work is running, including work started while waiting (tests, shutdown).</summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken = default)
    {
        while (_running.Values.ToArray() is { Length: > 0 } running)
        {
            await Task.WhenAll(running).WaitAsync(cancellationToken);
        }
    }

    /// <summary>Abandons in-flight work now (a second stop signal): what is left is cancelled and the host stops at once.</summary>
    public void StopNow()
    {
        if (!_abandon.IsCancellationRequested)
        {
            DeliveryLog.Abandoned(logger, _running.Count, "second stop signal");
            _abandon.Cancel();
        }
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var count = _running.Count;
        if (count == 0)
        {
            return;
        }
        DeliveryLog.Draining(logger, count);
        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _abandon.Token);
            await WhenIdleAsync(linked.Token);
        }
        catch (OperationCanceledException)
        {
            if (!_abandon.IsCancellationRequested)
            {
                DeliveryLog.Abandoned(logger, _running.Count, "shutdown timeout");
                await _abandon.CancelAsync();
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _abandon.Dispose();

    private async Task RunAsync(long id, string reference, Func<CancellationToken, Task> work)
    {
        await Task.Yield();
        try
        {
            await work(_abandon.Token);
        }
        catch (OperationCanceledException) when (_abandon.IsCancellationRequested)
        {
            // Abandoned on shutdown: the platform shows what it shows for an unanswered request.
        }
        catch (Exception exception)
        {
            // Never silent: the user may be left with "thinking…", so the operator must see why.
            DeliveryLog.WorkFailed(logger, exception, reference);
        }
        finally
        {
            _running.TryRemove(id, out _);
        }
    }
}
