using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace ModelBot.Tests.Time;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells a test when code starts waiting on it (every <c>Task.Delay</c>,
/// <c>CancellationTokenSource</c> timeout and timer goes through <see cref="CreateTimer"/>), so a test can advance time
/// exactly when the code under test is waiting, instead of guessing with wall-clock sleeps.
/// </summary>
internal sealed class WatchedFakeTime : FakeTimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _created = new();
    private readonly ConcurrentQueue<(Func<TimeSpan, bool> Match, TaskCompletionSource<TimeSpan> Done)> _waiters = new();

    public WatchedFakeTime()
    {
    }

    public WatchedFakeTime(DateTimeOffset start)
        : base(start)
    {
    }

    /// <summary>The due times of every timer created so far.</summary>
    public IReadOnlyCollection<TimeSpan> DueTimes => _created;

    /// <summary>Completes with the due time of the first timer (past or future) whose due time matches.</summary>
    public Task<TimeSpan> TimerCreatedAsync(Func<TimeSpan, bool> match)
    {
        var done = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Enqueue((match, done));
        foreach (var due in _created)
        {
            if (match(due))
            {
                done.TrySetResult(due);
            }
        }
        return done.Task;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _created.Enqueue(dueTime);
        foreach (var (match, done) in _waiters)
        {
            if (match(dueTime))
            {
                done.TrySetResult(dueTime);
            }
        }
        return timer;
    }
}
