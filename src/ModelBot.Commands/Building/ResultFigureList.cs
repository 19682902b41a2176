using System.Collections;
using ModelBot.Commands.Answers;
using ModelBot.Core.Dataset;

namespace ModelBot.Commands.Building;

/// <summary>
/// An answer's <see cref="Answer.Results"/>, made into <see cref="ResultFigure"/> records on first read. The JSON
/// format and the Sources button read them; a Discord or Slack reply never does, so it no longer pays for a record
/// per figure (the review's largest allocation in building a comparison). The records read are the same as if they
/// had been made up front: the source numbering is fixed before the first figure is added.
/// </summary>
internal sealed class ResultFigureList : IReadOnlyList<ResultFigure>
{
    private readonly SourceNumbering _sources;
    private readonly List<PendingFigure> _pending;
    private ResultFigure[]? _records;

    public ResultFigureList(SourceNumbering sources, int capacity)
    {
        _sources = sources;
        _pending = new List<PendingFigure>(capacity);
    }

    public int Count => _pending.Count;

    public ResultFigure this[int index] => Records()[index];

    /// <summary>Adds a figure shown in <paramref name="unit"/> ("%"); only before the list is first read.</summary>
    public void Add(Result figure, string unit)
    {
        if (_records is not null)
        {
            throw new InvalidOperationException("The figures were read already; add every figure before the answer is used.");
        }

        _pending.Add(new PendingFigure(figure, unit));
    }

    public IEnumerator<ResultFigure> GetEnumerator() => ((IEnumerable<ResultFigure>)Records()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Two threads reading at once may both build the array; they build equal records, and either array serves.
    private ResultFigure[] Records() => _records ??= Build();

    private ResultFigure[] Build()
    {
        var records = new ResultFigure[_pending.Count];
        for (var i = 0; i < records.Length; i++)
        {
            var (figure, unit) = _pending[i];
            records[i] = new ResultFigure
            {
                Model = figure.Model,
                Benchmark = figure.Benchmark,
                Setting = figure.Setting,
                Value = figure.Value,
                Unit = unit,
                Source = figure.Source,
                SourceRef = _sources.Number(figure.Source),
                Evaluator = figure.Evaluator,
                Disputed = figure.Disputed,
                Approximate = figure.Approximate,
            };
        }

        return records;
    }

    private readonly record struct PendingFigure(Result Figure, string Unit);
}
