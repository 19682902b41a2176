using ModelBot.Core.Dataset;
using ModelBot.Core.Names;

namespace ModelBot.Core.Loading;

/// <summary>The dataset in service. Readers take <see cref="Snapshot"/> once per request so a reload never splits one.</summary>
public interface IDatasetProvider
{
    /// <summary>The dataset, its name resolver and version, consistent with each other.</summary>
    /// <exception cref="DatasetLoadException">The first load failed (start-up fails fast with the errors).</exception>
    DatasetSnapshot Snapshot { get; }

    /// <summary>The dataset in service.</summary>
    CuratedDataset Current { get; }

    /// <summary>The name resolver of the dataset in service.</summary>
    NameResolver Names { get; }

    /// <summary>The version in service (0 before the first load).</summary>
    int Version { get; }

    /// <summary>When the version in service was loaded.</summary>
    DateTimeOffset? LoadedAt { get; }

    /// <summary>The last failed reload since the version in service was loaded, or null.</summary>
    DatasetReloadFailure? LastError { get; }

    /// <summary>The state for health checks.</summary>
    DatasetStatus GetStatus();
}
