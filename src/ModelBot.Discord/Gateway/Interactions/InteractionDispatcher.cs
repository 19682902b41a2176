using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelBot.Discord.Gateway.Hosting;
using ModelBot.Discord.Gateway.Logging;

namespace ModelBot.Discord.Gateway.Interactions;

/// <summary>
/// Hands interactions to the handler without ever blocking the receive loop (so ACKs keep being read and
/// heartbeats keep flowing), at most <see cref="DiscordGatewayOptions.MaxConcurrentInteractions"/> at a time,
/// and on shutdown waits a bounded time for the ones in flight.
/// </summary>
public sealed class InteractionDispatcher : IDisposable
{
    private readonly IGatewayInteractionHandler _handler;
    private readonly ILogger<InteractionDispatcher> _logger;
    private readonly SemaphoreSlim _slots;
    private readonly CancellationTokenSource _abandon = new();
    private readonly ConcurrentDictionary<long, Task> _inFlight = new();
    private long _nextId;

    /// <summary>Creates the dispatcher.</summary>
    public InteractionDispatcher(IGatewayInteractionHandler handler, IOptions<DiscordGatewayOptions> options, ILogger<InteractionDispatcher> logger)
    {
        _handler = handler;
        _logger = logger;
        _slots = new SemaphoreSlim(Math.Max(1, options.Value.MaxConcurrentInteractions));
    }

    /// <summary>Interactions accepted and not yet finished.</summary>
    public int InFlight => _inFlight.Count;

    /// <summary>Queues one interaction and returns at once.</summary>
    public void Dispatch(int shardId, JsonElement interaction)
    {
        var id = Interlocked.Increment(ref _nextId);
        var run = RunAsync(id, shardId, interaction);
        _inFlight[id] = run;
        if (run.IsCompleted)
        {
            _inFlight.TryRemove(id, out _);
        }
    }

    /// <summary>Waits for in-flight interactions, at most <paramref name="timeout"/> or until <paramref name="stopNow"/>; then cancels the rest.</summary>
    /// <returns>True when all finished in time.</returns>
    public async Task<bool> DrainAsync(TimeSpan timeout, TimeProvider time, CancellationToken stopNow = default)
    {
        var pending = _inFlight.Values.ToArray();
        if (pending.Length == 0)
        {
            return true;
        }

        GatewayLog.DrainingInteractions(_logger, pending.Length);
        try
        {
            await Task.WhenAll(pending).WaitAsync(timeout, time, stopNow);
            return true;
        }
        catch (Exception exception) when (exception is TimeoutException || (exception is OperationCanceledException && stopNow.IsCancellationRequested))
        {
            GatewayLog.DrainTimedOut(_logger, _inFlight.Count, timeout);
            await _abandon.CancelAsync();
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _abandon.Dispose();
        _slots.Dispose();
    }

    private async Task RunAsync(long id, int shardId, JsonElement interaction)
    {
        await Task.Yield();
        try
        {
            await _slots.WaitAsync(_abandon.Token);
            try
            {
                await _handler.HandleAsync(interaction, _abandon.Token);
            }
            finally
            {
                _slots.Release();
            }
        }
        catch (OperationCanceledException) when (_abandon.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            GatewayLog.InteractionFailed(_logger, exception, shardId);
        }
        finally
        {
            _inFlight.TryRemove(id, out _);
        }
    }
}
