using ModelBot.Core.Dataset;
using ModelBot.Core.Names;
using ModelBot.Core.Queries;

namespace ModelBot.Core.Loading;

/// <summary>
/// One loaded dataset version with the name indexes and the query index built for it, all before it is put in
/// service: the first request after "ready" (or after a reload) finds them built. Immutable; swapped whole on reload.
/// </summary>
public sealed class DatasetSnapshot
{
    /// <summary>Creates a snapshot and builds its name indexes and query index.</summary>
    public DatasetSnapshot(CuratedDataset dataset, int version, DateTimeOffset loadedAt)
    {
        Dataset = dataset;
        Version = version;
        LoadedAt = loadedAt;
        // The name indexes are built while the query index is (each is one pass; the query index's parts run in parallel).
        var names = Task.Run(() => new NameResolver(dataset));
        Queries = new QueryIndex(dataset);
        Names = names.GetAwaiter().GetResult();
    }

    /// <summary>Figures by benchmark, setting and model, every leaderboard sorted and every profile, for this dataset.</summary>
    internal QueryIndex Queries { get; }

    /// <summary>The dataset.</summary>
    public CuratedDataset Dataset { get; }

    /// <summary>The name resolver for this dataset.</summary>
    public NameResolver Names { get; }

    /// <summary>1 for the first dataset loaded, one more for each successful reload.</summary>
    public int Version { get; }

    /// <summary>When this version was loaded.</summary>
    public DateTimeOffset LoadedAt { get; }
}
