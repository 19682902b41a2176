using ModelBot.Core.Dataset;
using ModelBot.Core.Names;

namespace ModelBot.Core.Loading;

/// <summary>One loaded dataset version with the name indexes built for it. Immutable; swapped whole on reload.</summary>
public sealed class DatasetSnapshot
{
    /// <summary>Creates a snapshot and builds its name indexes.</summary>
    public DatasetSnapshot(CuratedDataset dataset, int version, DateTimeOffset loadedAt)
    {
        Dataset = dataset;
        Version = version;
        LoadedAt = loadedAt;
        Names = new NameResolver(dataset);
    }

    /// <summary>The dataset.</summary>
    public CuratedDataset Dataset { get; }

    /// <summary>The name resolver for this dataset.</summary>
    public NameResolver Names { get; }

    /// <summary>1 for the first dataset loaded, one more for each successful reload.</summary>
    public int Version { get; }

    /// <summary>When this version was loaded.</summary>
    public DateTimeOffset LoadedAt { get; }
}
