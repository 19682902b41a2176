using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelBot.Core.Dataset;
using ModelBot.Core.Names;

namespace ModelBot.Core.Loading;

/// <summary>
/// Serves the dataset of the <c>Data:Path</c> directory. The first load must succeed (otherwise
/// <see cref="DatasetLoadException"/>); a later <see cref="Reload"/> that fails keeps the last good dataset in service
/// and records why in <see cref="LastError"/>.
/// </summary>
public sealed class FileDatasetProvider : IDatasetProvider
{
    private readonly DatasetLoader _loader;
    private readonly TimeProvider _time;
    private readonly ILogger<FileDatasetProvider> _logger;
    private readonly Lock _gate = new();
    private volatile DatasetSnapshot? _snapshot;
    private volatile DatasetReloadFailure? _lastError;

    /// <summary>Creates the provider; nothing is read until first use or <see cref="EnsureLoaded"/>.</summary>
    public FileDatasetProvider(IOptions<DataOptions> options, DatasetLoader loader, TimeProvider time, ILogger<FileDatasetProvider> logger)
    {
        Path = DataPathResolver.Resolve(options.Value.Path);
        _loader = loader;
        _time = time;
        _logger = logger;
    }

    /// <summary>The full path of the data directory.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public DatasetSnapshot Snapshot => _snapshot ?? EnsureLoaded();

    /// <inheritdoc />
    public CuratedDataset Current => Snapshot.Dataset;

    /// <inheritdoc />
    public NameResolver Names => Snapshot.Names;

    /// <inheritdoc />
    public int Version => _snapshot?.Version ?? 0;

    /// <inheritdoc />
    public DateTimeOffset? LoadedAt => _snapshot?.LoadedAt;

    /// <inheritdoc />
    public DatasetReloadFailure? LastError => _lastError;

    /// <summary>Loads the dataset if none is in service yet.</summary>
    /// <exception cref="DatasetLoadException">The dataset is invalid.</exception>
    public DatasetSnapshot EnsureLoaded()
    {
        lock (_gate)
        {
            if (_snapshot is { } loaded)
            {
                return loaded;
            }

            var started = _time.GetTimestamp();
            var result = _loader.Load(Path);
            if (!result.IsValid)
            {
                _lastError = new DatasetReloadFailure(_time.GetUtcNow(), result.Errors);
                DatasetLog.StartupFailed(_logger, Path, result.Errors.Count, new DatasetErrorLines(result.Errors));
                throw new DatasetLoadException(Path, result.Errors);
            }

            return Replace(result.Dataset, started);
        }
    }

    /// <summary>
    /// Reads the directory again. On success the new dataset replaces the old one; on failure the old one stays in
    /// service, the errors are logged and kept in <see cref="LastError"/>.
    /// </summary>
    public DatasetLoadResult Reload()
    {
        lock (_gate)
        {
            var started = _time.GetTimestamp();
            var result = _loader.Load(Path);
            if (result.IsValid)
            {
                Replace(result.Dataset, started);
                return result;
            }

            _lastError = new DatasetReloadFailure(_time.GetUtcNow(), result.Errors);
            DatasetLog.ReloadFailed(_logger, Path, result.Errors.Count, Version, new DatasetErrorLines(result.Errors));
            return result;
        }
    }

    /// <inheritdoc />
    public DatasetStatus GetStatus()
    {
        var snapshot = _snapshot;
        return new DatasetStatus
        {
            Loaded = snapshot is not null,
            Path = Path,
            Version = snapshot?.Version ?? 0,
            LoadedAt = snapshot?.LoadedAt,
            Models = snapshot?.Dataset.Models.Count ?? 0,
            Benchmarks = snapshot?.Dataset.Benchmarks.Count ?? 0,
            Sources = snapshot?.Dataset.Sources.Count ?? 0,
            Results = snapshot?.Dataset.Results.Count ?? 0,
            LastError = _lastError,
        };
    }

    /// <summary>From this many results on, the parse's garbage is collected before the indexes are built (peak memory).</summary>
    private const int CollectFromResults = 50_000;

    private DatasetSnapshot Replace(CuratedDataset dataset, long started)
    {
        if (dataset.Results.Count >= CollectFromResults)
        {
            // The YAML read and the checks leave hundreds of megabytes behind on a large dataset: freed before the
            // name and query indexes take their place, not on top of them.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        // Built whole (names, query index) before it is put in service: requests meanwhile get the previous snapshot.
        var snapshot = new DatasetSnapshot(dataset, Version + 1, _time.GetUtcNow());
        _snapshot = snapshot;
        _lastError = null;
        var milliseconds = (long)_time.GetElapsedTime(started).TotalMilliseconds;
        DatasetLog.Loaded(_logger, snapshot.Version, Path, milliseconds, dataset.Models.Count, dataset.Benchmarks.Count, dataset.Sources.Count, dataset.Results.Count);
        return snapshot;
    }
}
