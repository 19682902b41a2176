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

    /// <summary>
    /// Everything each log call carried, as one line per call: the message, every structured value (some providers
    /// print them all) and the exception with its stack, so a secret passed anywhere into a log call is found.
    /// </summary>
    public IReadOnlyCollection<string> FullLines => _fullLines;

    /// <summary>The first full log line that holds any of <paramref name="secrets"/>, or null when none does.</summary>
    public string? FirstLineHolding(params string[] secrets) =>
        _fullLines.FirstOrDefault(line => secrets.Any(secret => line.Contains(secret, StringComparison.Ordinal)));

    private readonly ConcurrentQueue<string> _fullLines = new();

    private sealed class SinkLogger(LogSink sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" | ", pairs.Select(pair => $"{pair.Key}={pair.Value}")) : "";
            sink._fullLines.Enqueue($"{eventId.Id} {message} || {values} || {exception}");
            sink.Add(logLevel, eventId.Id, message);
        }
    }
}
