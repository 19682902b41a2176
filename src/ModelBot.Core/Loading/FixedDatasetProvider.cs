using ModelBot.Core.Dataset;
using ModelBot.Core.Names;

namespace ModelBot.Core.Loading;

/// <summary>Serves one dataset that never changes (tests, benchmarks, one-shot CLI runs over a loaded dataset).</summary>
public sealed class FixedDatasetProvider : IDatasetProvider
{
    private readonly string _path;

    /// <summary>Serves <paramref name="dataset"/> as version 1.</summary>
    public FixedDatasetProvider(CuratedDataset dataset, TimeProvider? time = null, string path = "(in memory)")
    {
        Snapshot = new DatasetSnapshot(dataset, 1, (time ?? TimeProvider.System).GetUtcNow());
        _path = path;
    }

    /// <inheritdoc />
    public DatasetSnapshot Snapshot { get; }

    /// <inheritdoc />
    public CuratedDataset Current => Snapshot.Dataset;

    /// <inheritdoc />
    public NameResolver Names => Snapshot.Names;

    /// <inheritdoc />
    public int Version => Snapshot.Version;

    /// <inheritdoc />
    public DateTimeOffset? LoadedAt => Snapshot.LoadedAt;

    /// <inheritdoc />
    public DatasetReloadFailure? LastError => null;

    /// <inheritdoc />
    public DatasetStatus GetStatus() => new()
    {
        Loaded = true,
        Path = _path,
        Version = Snapshot.Version,
        LoadedAt = Snapshot.LoadedAt,
        Models = Current.Models.Count,
        Benchmarks = Current.Benchmarks.Count,
        Sources = Current.Sources.Count,
        Results = Current.Results.Count,
    };
}
