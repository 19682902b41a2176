using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ModelBot.Tests.Logging;

/// <summary>Captures log entries and signals when one matches.</summary>
internal sealed class LogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, int EventId, string Message)> _entries = new();
    private readonly ConcurrentQueue<(Func<(LogLevel Level, int EventId, string Message), bool> Match, TaskCompletionSource<string> Done)> _waiters = new();

    public IReadOnlyCollection<(LogLevel Level, int EventId, string Message)> Entries => _entries;

    public Task<string> WaitForAsync(int eventId)
    {
        var done = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Enqueue((e => e.EventId == eventId, done));
        foreach (var entry in _entries.Where(e => e.EventId == eventId))
        {
            done.TrySetResult(entry.Message);
        }

        return done.Task;
    }

    public Task<string> WaitForCountAsync(int eventId, int count)
    {
        var done = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Enqueue((_ => _entries.Count(e => e.EventId == eventId) >= count, done));
        if (_entries.Count(e => e.EventId == eventId) >= count)
        {
            done.TrySetResult("");
        }

        return done.Task;
    }

    public ILogger CreateLogger(string categoryName) => new SinkLogger(this);

    public void Dispose()
    {
    }

    private void Add(LogLevel level, int eventId, string message)
    {
        var entry = (level, eventId, message);
        _entries.Enqueue(entry);
        foreach (var (match, done) in _waiters)
        {
            if (match(entry))
            {
                done.TrySetResult(message);
            }
        }
    }

    private sealed class SinkLogger(LogSink sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Add(logLevel, eventId.Id, formatter(state, exception));
    }
}
