using ModelBot.Core.Dataset;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Building;

/// <summary>
/// The sources of figures picked from several leaderboards, once each in order of first citation, so an answer
/// built from many reports numbers only the sources it shows.
/// </summary>
internal sealed class CitedSources
{
    private readonly Dictionary<string, Source> _known = new(StringComparer.Ordinal);
    private readonly List<Source> _cited = [];

    /// <summary>Knows the sources of <paramref name="reports"/>.</summary>
    public CitedSources(IEnumerable<LeaderboardReport> reports)
    {
        foreach (var report in reports)
        {
            foreach (var source in report.Sources)
            {
                _known.TryAdd(source.Id, source);
            }
        }
    }

    /// <summary>The sources cited so far, in order.</summary>
    public IReadOnlyList<Source> Sources => _cited;

    /// <summary>Cites the sources of <paramref name="figures"/>.</summary>
    public void Cite(IReadOnlyList<Result> figures)
    {
        foreach (var figure in figures)
        {
            if (_known.TryGetValue(figure.Source, out var source) && !_cited.Contains(source))
            {
                _cited.Add(source);
            }
        }
    }
}
