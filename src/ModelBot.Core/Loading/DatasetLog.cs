using Microsoft.Extensions.Logging;

namespace ModelBot.Core.Loading;

/// <summary>Log messages of loading and watching the dataset.</summary>
internal static partial class DatasetLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Dataset version {Version} loaded from {Path} in {Milliseconds} ms (read, checked and indexed): {Models} models, {Benchmarks} benchmarks, {Sources} sources, {Results} results")]
    public static partial void Loaded(ILogger logger, int version, string path, long milliseconds, int models, int benchmarks, int sources, int results);

    [LoggerMessage(EventId = 101, Level = LogLevel.Error, Message = "Dataset reload from {Path} failed with {Count} error(s); keeping version {Version} in service:\n{Errors}")]
    public static partial void ReloadFailed(ILogger logger, string path, int count, int version, DatasetErrorLines errors);

    [LoggerMessage(EventId = 102, Level = LogLevel.Critical, Message = "Dataset in {Path} is invalid ({Count} error(s)); cannot start:\n{Errors}")]
    public static partial void StartupFailed(ILogger logger, string path, int count, DatasetErrorLines errors);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "Watching {Path} for dataset changes (debounce {DebounceMilliseconds} ms)")]
    public static partial void Watching(ILogger logger, string path, int debounceMilliseconds);

    [LoggerMessage(EventId = 104, Level = LogLevel.Information, Message = "Dataset watching is off (Data:Watch is false)")]
    public static partial void WatchDisabled(ILogger logger);

    [LoggerMessage(EventId = 105, Level = LogLevel.Debug, Message = "Dataset change detected: {ChangeType} {File}")]
    public static partial void ChangeDetected(ILogger logger, WatcherChangeTypes changeType, string file);

    [LoggerMessage(EventId = 106, Level = LogLevel.Warning, Message = "The dataset file watcher failed; reloading to catch up")]
    public static partial void WatcherFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 108, Level = LogLevel.Error, Message = "Cannot watch {Path} for changes; the dataset will not reload until restart")]
    public static partial void WatchUnavailable(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 107, Level = LogLevel.Error, Message = "Dataset reload threw unexpectedly; keeping the dataset in service")]
    public static partial void ReloadThrew(ILogger logger, Exception exception);
}
