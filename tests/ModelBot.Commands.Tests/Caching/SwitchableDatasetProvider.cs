using ModelBot.Core.Dataset;
using ModelBot.Core.Loading;
using ModelBot.Core.Names;

namespace ModelBot.Commands.Tests.Caching;

/// <summary>A dataset provider whose dataset a test replaces, as a reload does.</summary>
internal sealed class SwitchableDatasetProvider(CuratedDataset dataset) : IDatasetProvider
{
    public DatasetSnapshot Snapshot { get; private set; } = new(dataset, 1, DateTimeOffset.UnixEpoch);

    public CuratedDataset Current => Snapshot.Dataset;

    public NameResolver Names => Snapshot.Names;

    public int Version => Snapshot.Version;

    public DateTimeOffset? LoadedAt => Snapshot.LoadedAt;

    public DatasetReloadFailure? LastError => null;

    /// <summary>Serves the same dataset as a new version.</summary>
    public void Reload() => Snapshot = new DatasetSnapshot(Snapshot.Dataset, Snapshot.Version + 1, DateTimeOffset.UnixEpoch);

    public DatasetStatus GetStatus() => new() { Loaded = true, Path = "(test)", Version = Version };
}
