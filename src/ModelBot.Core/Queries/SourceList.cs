using ModelBot.Core.Dataset;

namespace ModelBot.Core.Queries;

/// <summary>
/// Collects the sources that figures cite, once each, in order of first citation, so a report (or an answer built from
/// several reports) numbers only the sources it shows.
/// </summary>
public sealed class SourceList
{
    private readonly IReadOnlyDictionary<string, Source> _known;
    private readonly List<Source> _sources = [];

    // Past a few sources, the cited ids in a set: a board of 20,000 figures from 100 sources asks 20,000 times.
    private HashSet<string>? _cited;
    private const int ScannedSources = 8;

    /// <summary>Looks sources up in the whole dataset.</summary>
    public SourceList(CuratedDataset dataset) => _known = dataset.SourcesById;

    /// <summary>
    /// Looks sources up among those <paramref name="reports"/> cite: an answer picked from several leaderboards stays
    /// with the snapshot its reports were built from, even if the dataset is reloaded meanwhile.
    /// </summary>
    public SourceList(IEnumerable<LeaderboardReport> reports)
    {
        var known = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            foreach (var source in report.Sources)
            {
                known.TryAdd(source.Id, source);
            }
        }

        _known = known;
    }

    /// <summary>The sources cited so far, in order.</summary>
    public IReadOnlyList<Source> Sources => _sources;

    /// <summary>Cites the source <paramref name="sourceId"/>; an unknown or already cited id changes nothing.</summary>
    public void Add(string sourceId)
    {
        if (_cited is not null)
        {
            if (_cited.Contains(sourceId))
            {
                return;
            }
        }
        else
        {
            foreach (var known in _sources)
            {
                if (known.Id == sourceId)
                {
                    return;
                }
            }
        }

        if (_known.TryGetValue(sourceId, out var source))
        {
            _sources.Add(source);
            if (_cited is not null)
            {
                _cited.Add(source.Id);
            }
            else if (_sources.Count > ScannedSources)
            {
                _cited = new HashSet<string>(_sources.Select(s => s.Id), StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Cites the sources of <paramref name="figures"/>.</summary>
    public void AddAll(IReadOnlyList<Result> figures)
    {
        for (var i = 0; i < figures.Count; i++)
        {
            Add(figures[i].Source);
        }
    }

    /// <summary>The sources cited so far, as an array.</summary>
    public Source[] ToArray() => [.. _sources];
}
