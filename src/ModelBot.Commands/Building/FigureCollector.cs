using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Core.Dataset;

namespace ModelBot.Commands.Building;

/// <summary>
/// Gathers an answer's <see cref="ResultFigure"/>s and its notes: each disagreement between sources, each disputed
/// figure with why, written out so no figure is silently picked.
/// </summary>
public sealed class FigureCollector
{
    private readonly SourceNumbering _sources;
    private readonly List<ResultFigure> _results;
    private List<string>? _notes;

    /// <summary>Creates a collector numbering sources with <paramref name="sources"/>.</summary>
    public FigureCollector(SourceNumbering sources, int capacity)
    {
        _sources = sources;
        _results = new List<ResultFigure>(capacity);
    }

    /// <summary>Every figure added, in order.</summary>
    public IReadOnlyList<ResultFigure> Results => _results;

    /// <summary>The notes written so far.</summary>
    public IReadOnlyList<string> Notes => _notes ?? (IReadOnlyList<string>)[];

    /// <summary>Adds a free-form note.</summary>
    public void Note(string note) => (_notes ??= []).Add(note);

    /// <summary>
    /// Adds every figure of one model on one benchmark and setting, and notes a disagreement between sources
    /// ("HealthBench Hard, GPT-5.4: 40.1 (source 1) vs 41.2 (source 3)") and any disputed figure with its reason.
    /// </summary>
    public void Add(Benchmark benchmark, Model model, IReadOnlyList<Result> figures)
    {
        var unit = FigureText.Unit(benchmark.Unit);
        var disagree = false;
        foreach (var figure in figures)
        {
            _results.Add(new ResultFigure
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
            });
            disagree |= !figure.Value.Equals(figures[0].Value);
        }

        if (disagree)
        {
            Note(Disagreement(benchmark, model, figures));
        }

        foreach (var figure in figures)
        {
            if (figure.Disputed)
            {
                Note(Disputed(benchmark, model, figure));
            }
        }
    }

    /// <summary>
    /// "HealthBench Hard, GPT-5.4: 40.1 (sources 2, 3) vs 41.2 (source 1)": each value once, with the sources giving it;
    /// a value only approximate sources give is written "~76".
    /// </summary>
    private string Disagreement(Benchmark benchmark, Model model, IReadOnlyList<Result> figures)
    {
        var text = new StringBuilder(96);
        text.Append(Subject(benchmark, model, figures[0].Setting)).Append(": ");
        var written = new List<double>(figures.Count);
        foreach (var figure in figures)
        {
            if (written.Contains(figure.Value))
            {
                continue;
            }

            if (written.Count > 0)
            {
                text.Append(" vs ");
            }

            written.Add(figure.Value);
            var numbers = new List<int>(figures.Count);
            foreach (var other in figures)
            {
                var number = _sources.Number(other.Source);
                if (other.Value.Equals(figure.Value) && !numbers.Contains(number))
                {
                    numbers.Add(number);
                }
            }

            numbers.Sort();
            text.Append(ApproximatelyAll(figures, figure.Value) ? "~" : "").Append(FigureText.Number(figure.Value)).Append(numbers.Count == 1 ? " (source " : " (sources ").AppendJoin(", ", numbers).Append(')');
        }

        return text.ToString();
    }

    // "~76" only when every source giving that value rounds it; an exact source makes it exact.
    private static bool ApproximatelyAll(IReadOnlyList<Result> figures, double value)
    {
        foreach (var figure in figures)
        {
            if (figure.Value.Equals(value) && !figure.Approximate)
            {
                return false;
            }
        }

        return true;
    }

    private string Disputed(Benchmark benchmark, Model model, Result figure)
    {
        var why = string.IsNullOrWhiteSpace(figure.Notes) ? "it contradicts the official table" : figure.Notes.Trim().TrimEnd('.');
        return $"{Subject(benchmark, model, figure.Setting)}: {FigureText.Number(figure.Value)} (source {_sources.Number(figure.Source)}) is disputed: {why}.";
    }

    private static string Subject(Benchmark benchmark, Model model, string setting) =>
        string.Concat(FigureText.BenchmarkWithSetting(benchmark.Name, setting), ", ", model.Name);
}
