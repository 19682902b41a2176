using ModelBot.Core.Dataset;

namespace ModelBot.Core.Queries;

/// <summary>Collects the sources a report cites, once each, in order of first citation.</summary>
internal sealed class SourceList
{
    private readonly CuratedDataset _dataset;
    private readonly List<Source> _sources = [];

    public SourceList(CuratedDataset dataset) => _dataset = dataset;

    public void Add(string sourceId)
    {
        foreach (var known in _sources)
        {
            if (known.Id == sourceId)
            {
                return;
            }
        }

        if (_dataset.SourcesById.TryGetValue(sourceId, out var source))
        {
            _sources.Add(source);
        }
    }

    public void AddAll(IReadOnlyList<Result> figures)
    {
        for (var i = 0; i < figures.Count; i++)
        {
            Add(figures[i].Source);
        }
    }

    public Source[] ToArray() => [.. _sources];
}
