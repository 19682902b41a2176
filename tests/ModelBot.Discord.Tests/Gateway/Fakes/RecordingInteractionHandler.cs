using System.Collections.Concurrent;
using System.Text.Json;
using ModelBot.Discord.Gateway.Interactions;

namespace ModelBot.Discord.Tests.Gateway.Fakes;

/// <summary>Counts every interaction by id; can hold processing behind a gate.</summary>
internal sealed class RecordingInteractionHandler : IGatewayInteractionHandler
{
    private readonly ConcurrentDictionary<string, int> _counts = new();
    private readonly Lock _gate = new();
    private readonly List<(int Target, TaskCompletionSource Done)> _waiters = [];
    private int _distinct;

    /// <summary>When set, HandleAsync waits for it before finishing.</summary>
    public TaskCompletionSource? Gate { get; set; }

    /// <summary>Completes when a handler call has started.</summary>
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Finished;

    public IReadOnlyDictionary<string, int> Counts => _counts;

    public async ValueTask HandleAsync(JsonElement interaction, CancellationToken cancellationToken)
    {
        Started.TrySetResult();
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        var id = interaction.GetProperty("id").GetString()!;
        if (_counts.AddOrUpdate(id, 1, (_, n) => n + 1) == 1)
        {
            var distinct = Interlocked.Increment(ref _distinct);
            lock (_gate)
            {
                foreach (var waiter in _waiters.Where(w => distinct >= w.Target).ToArray())
                {
                    _waiters.Remove(waiter);
                    waiter.Done.TrySetResult();
                }
            }
        }

        Interlocked.Increment(ref Finished);
    }

    /// <summary>Completes once <paramref name="count"/> distinct interactions were handled.</summary>
    public Task WaitForDistinctAsync(int count)
    {
        lock (_gate)
        {
            if (Volatile.Read(ref _distinct) >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
            return done.Task;
        }
    }
}
