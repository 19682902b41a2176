using System.Collections;
using ModelBot.Core.Dataset;

namespace ModelBot.Core.Queries;

/// <summary>
/// The models without a figure on one benchmark, in dataset order, without storing them: the dataset's models less
/// those with a figure. The count is known at once; listing walks the models (<see cref="Page"/> for a page of them).
/// A leaderboard per benchmark that stored every missing model would hold models × benchmarks entries.
/// </summary>
public sealed class MissingModels : IReadOnlyList<Model>
{
    private readonly IReadOnlyList<Model> _models;
    private readonly HashSet<string> _present;

    /// <param name="models">The dataset's models.</param>
    /// <param name="present">The ids of the models with a figure; every one of them is one of <paramref name="models"/>.</param>
    internal MissingModels(IReadOnlyList<Model> models, HashSet<string> present)
    {
        _models = models;
        _present = present;
        Count = models.Count - present.Count;
    }

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    /// <remarks>Walks the models up to the one asked for: list with <see cref="Page"/> or by enumerating.</remarks>
    public Model this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            foreach (var model in Page(index, 1))
            {
                return model;
            }

            throw new ArgumentOutOfRangeException(nameof(index));
        }
    }

    /// <summary>At most <paramref name="count"/> of the missing models, from the <paramref name="skip"/>th on, in dataset order.</summary>
    /// <remarks>The first page (up to <see cref="FirstPageSize"/>) is found once and kept: answers name a few.</remarks>
    public IReadOnlyList<Model> Page(int skip, int count)
    {
        if (skip == 0 && count <= FirstPageSize)
        {
            var first = _firstPage ??= Walk(0, FirstPageSize);
            return count >= first.Count ? first : [.. first.Take(count)];
        }

        return Walk(skip, count);
    }

    /// <summary>The size of the page kept after the first request for it.</summary>
    public const int FirstPageSize = 32;

    private volatile IReadOnlyList<Model>? _firstPage;

    private List<Model> Walk(int skip, int count)
    {
        var page = new List<Model>(Math.Max(0, Math.Min(count, Count - skip)));
        var seen = 0;
        foreach (var model in _models)
        {
            if (page.Count >= count)
            {
                break;
            }

            if (_present.Contains(model.Id))
            {
                continue;
            }

            if (seen++ >= skip)
            {
                page.Add(model);
            }
        }

        return page;
    }

    /// <inheritdoc />
    public IEnumerator<Model> GetEnumerator()
    {
        foreach (var model in _models)
        {
            if (!_present.Contains(model.Id))
            {
                yield return model;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
