using ModelBot.Commands.Answers;
using ModelBot.Core.Dataset;

namespace ModelBot.Commands.Building;

/// <summary>Numbers a report's sources 1, 2, 3… in order of first citation, as the answer's footnotes.</summary>
public sealed class SourceNumbering
{
    private readonly IReadOnlyList<Source> _sources;

    /// <summary>Numbers <paramref name="sources"/> in the order given.</summary>
    public SourceNumbering(IReadOnlyList<Source> sources)
    {
        _sources = sources;
        var notes = new SourceNote[sources.Count];
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            notes[i] = new SourceNote(i + 1, source.Id, source.Title, source.Publisher, source.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), source.File);
        }

        Notes = notes;
    }

    /// <summary>The footnotes, numbered from 1.</summary>
    public IReadOnlyList<SourceNote> Notes { get; }

    /// <summary>The footnote number of a source id; 0 when the report does not cite it.</summary>
    public int Number(string sourceId)
    {
        for (var i = 0; i < _sources.Count; i++)
        {
            if (string.Equals(_sources[i].Id, sourceId, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The footnote numbers of the figures' sources, once each, in order.</summary>
    public int[] Numbers(IReadOnlyList<Result> figures)
    {
        if (figures.Count == 1)
        {
            return Single(Number(figures[0].Source));
        }

        Span<int> numbers = figures.Count <= 32 ? stackalloc int[figures.Count] : new int[figures.Count];
        var count = 0;
        for (var f = 0; f < figures.Count; f++)
        {
            var number = Number(figures[f].Source);
            if (!numbers[..count].Contains(number))
            {
                numbers[count++] = number;
            }
        }

        return numbers[..count].ToArray();
    }

    /// <summary>
    /// <c>[number]</c>, shared for the small numbers nearly every cell cites (answers expose them read-only), so a
    /// table does not allocate an array per cell.
    /// </summary>
    private static int[] Single(int number) => number >= 0 && number < SingleNumbers.Length ? SingleNumbers[number] : [number];

    private static readonly int[][] SingleNumbers = CreateSingleNumbers(64);

    private static int[][] CreateSingleNumbers(int count)
    {
        var numbers = new int[count][];
        for (var i = 0; i < count; i++)
        {
            numbers[i] = [i];
        }

        return numbers;
    }

    /// <summary>The footnote numbers of some sources, in order.</summary>
    public int[] Numbers(IReadOnlyList<Source> sources)
    {
        var numbers = new int[sources.Count];
        for (var i = 0; i < sources.Count; i++)
        {
            numbers[i] = Number(sources[i].Id);
        }

        return numbers;
    }
}
