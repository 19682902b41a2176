using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ModelBot.Core.Loading;

/// <summary>
/// Loads the dataset at start-up (failing the start with its errors if it is invalid) and, when <c>Data:Watch</c> is
/// on, reloads it after files in the data directory change and stay quiet for <c>Data:DebounceMilliseconds</c>.
/// </summary>
public sealed class DatasetWatcher : BackgroundService
{
    private readonly FileDatasetProvider _provider;
    private readonly DataOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DatasetWatcher> _logger;
    private ReloadDebouncer? _debouncer;
    private FileSystemWatcher? _watcher;

    /// <summary>Creates the watcher.</summary>
    public DatasetWatcher(FileDatasetProvider provider, IOptions<DataOptions> options, TimeProvider time, ILogger<DatasetWatcher> logger)
    {
        _provider = provider;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Whether a change is waiting for its quiet time (for tests).</summary>
    internal bool ReloadPending => _debouncer?.Pending ?? false;

    /// <summary>Whether the operating system gave a file system watcher (false when, e.g., inotify instances ran out).</summary>
    internal bool IsWatching => _watcher is not null;

    /// <summary>Raised after a file system event was turned into a reload signal (for tests: a signal, not a poll).</summary>
    internal event Action? ChangeNoticed;

    /// <inheritdoc />
    /// <remarks>
    /// Loads the dataset (throwing <see cref="DatasetLoadException"/> if it is invalid) and starts watching before
    /// returning, so no edit made after start-up is missed.
    /// </remarks>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _provider.EnsureLoaded();
        if (_options.Watch)
        {
            _debouncer = new ReloadDebouncer(_time, TimeSpan.FromMilliseconds(_options.DebounceMilliseconds), ReloadSafely);
            _watcher = StartWatching();
        }

        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_watcher is not null)
        {
            _watcher.EnableRaisingEvents = false;
        }

        await base.StopAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _watcher?.Dispose();
        _debouncer?.Dispose();
        base.Dispose();
    }

    /// <summary>Reports a change as the file system watcher would.</summary>
    internal void OnChanged() => _debouncer?.Signal();

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_watcher is null)
        {
            if (!_options.Watch)
            {
                DatasetLog.WatchDisabled(_logger);
            }

            return;
        }

        DatasetLog.Watching(_logger, _provider.Path, _options.DebounceMilliseconds);
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (stoppingToken.Register(() => stopped.TrySetResult()))
        {
            await stopped.Task;
        }
    }

    private FileSystemWatcher? StartWatching()
    {
        var watcher = new FileSystemWatcher(_provider.Path)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += OnFileEvent;
        watcher.Created += OnFileEvent;
        watcher.Deleted += OnFileEvent;
        watcher.Renamed += OnFileEvent;
        watcher.Error += OnWatcherError;
        try
        {
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (IOException exception)
        {
            // E.g. the system's limit on inotify instances: serve the loaded dataset without reloading.
            DatasetLog.WatchUnavailable(_logger, _provider.Path, exception);
            watcher.Dispose();
            return null;
        }
    }

    private void OnFileEvent(object sender, FileSystemEventArgs change)
    {
        DatasetLog.ChangeDetected(_logger, change.ChangeType, change.Name ?? change.FullPath);
        OnChanged();
        ChangeNoticed?.Invoke();
    }

    private void OnWatcherError(object sender, ErrorEventArgs error)
    {
        DatasetLog.WatcherFailed(_logger, error.GetException());
        OnChanged();
    }

    private void ReloadSafely()
    {
        try
        {
            _provider.Reload();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            DatasetLog.ReloadThrew(_logger, exception);
        }
    }
}
