using System.Text;
using ModelBot.Commands.Answers;
using ModelBot.Commands.Rendering;
using ModelBot.Core.Dataset;

namespace ModelBot.Commands.Building;

/// <summary>
/// Gathers an answer's <see cref="ResultFigure"/>s and its notes: each disagreement between sources, each disputed
/// figure with why, written out so no figure is silently picked.
/// </summary>
public sealed class FigureCollector
{
    private readonly SourceNumbering _sources;
    private readonly ResultFigureList _results;
    private List<string>? _notes;

    /// <summary>Creates a collector numbering sources with <paramref name="sources"/>.</summary>
    public FigureCollector(SourceNumbering sources, int capacity)
    {
        _sources = sources;
        _results = new ResultFigureList(sources, capacity);
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
        // Indexed loops over the dataset's lists: a foreach over an IReadOnlyList allocates an enumerator, per cell.
        var unit = FigureText.Unit(benchmark.Unit);
        var disagree = false;
        for (var f = 0; f < figures.Count; f++)
        {
            _results.Add(figures[f], unit);
            disagree |= !figures[f].Value.Equals(figures[0].Value);
        }

        if (disagree)
        {
            Note(Disagreement(benchmark, model, figures));
        }

        for (var f = 0; f < figures.Count; f++)
        {
            if (figures[f].Disputed)
            {
                Note(Disputed(benchmark, model, figures[f]));
            }
        }
    }

    /// <summary>
    /// "HealthBench Hard, GPT-5.4: 40.1 (sources 2, 3) vs 41.2 (source 1)": each value once, with the sources giving it;
    /// a value only approximate sources give is written "~76".
    /// </summary>
    private string Disagreement(Benchmark benchmark, Model model, IReadOnlyList<Result> figures)
    {
        var text = StringBuilderCache.Acquire(256);
        AppendSubject(text, benchmark, model, figures[0].Setting).Append(": ");
        Span<int> numbers = figures.Count <= 32 ? stackalloc int[figures.Count] : new int[figures.Count];
        for (var f = 0; f < figures.Count; f++)
        {
            var value = figures[f].Value;
            if (WrittenBefore(figures, f))
            {
                continue;
            }

            if (f > 0)
            {
                text.Append(" vs ");
            }

            var count = 0;
            for (var o = 0; o < figures.Count; o++)
            {
                var number = _sources.Number(figures[o].Source);
                if (figures[o].Value.Equals(value) && !numbers[..count].Contains(number))
                {
                    numbers[count++] = number;
                }
            }

            numbers[..count].Sort();
            text.Append(ApproximatelyAll(figures, value) ? "~" : "").Append(FigureText.Number(figures[f])).Append(count == 1 ? " (source " : " (sources ");
            for (var n = 0; n < count; n++)
            {
                text.Append(n == 0 ? "" : ", ").Append(numbers[n]);
            }

            text.Append(')');
        }

        return StringBuilderCache.ToStringAndRelease(text);
    }

    /// <summary>Whether an earlier figure has the same value as figure <paramref name="index"/> (its value was written then).</summary>
    private static bool WrittenBefore(IReadOnlyList<Result> figures, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (figures[i].Value.Equals(figures[index].Value))
            {
                return true;
            }
        }

        return false;
    }

    // "~76" only when every source giving that value rounds it; an exact source makes it exact.
    private static bool ApproximatelyAll(IReadOnlyList<Result> figures, double value)
    {
        for (var f = 0; f < figures.Count; f++)
        {
            if (figures[f].Value.Equals(value) && !figures[f].Approximate)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"HealthBench Hard, GPT-5.4: 41.2 (source 2) is disputed: why.", written in one builder.</summary>
    private string Disputed(Benchmark benchmark, Model model, Result figure)
    {
        var why = string.IsNullOrWhiteSpace(figure.Notes) ? "it contradicts the official table" : figure.Notes.AsSpan().Trim().TrimEnd('.');
        var text = StringBuilderCache.Acquire(256);
        AppendSubject(text, benchmark, model, figure.Setting).Append(": ");
        text.Append(FigureText.Number(figure)).Append(" (source ").Append(_sources.Number(figure.Source)).Append(") is disputed: ")
            .Append(why).Append('.');
        return StringBuilderCache.ToStringAndRelease(text);
    }

    private static StringBuilder AppendSubject(StringBuilder text, Benchmark benchmark, Model model, string setting)
    {
        text.Append(benchmark.Name);
        if (!FigureText.IsDefaultSetting(setting))
        {
            text.Append(" (").Append(setting).Append(')');
        }

        return text.Append(", ").Append(model.Name);
    }
}
