using ModelBot.Core.Dataset;

namespace ModelBot.Core.Queries;

/// <summary>One model's figures for one benchmark and setting, precomputed per dataset version.</summary>
internal sealed class ModelFigures
{
    public ModelFigures(Model model, Result[] figures)
    {
        Model = model;
        Figures = figures;
        Figure = Representative(figures);
        for (var i = 0; i < figures.Length; i++)
        {
            HasDisputed |= figures[i].Disputed;
            HasDisagreement |= !figures[i].Value.Equals(figures[0].Value);
        }
    }

    public Model Model { get; }

    /// <summary>Every figure, in source order then line.</summary>
    public Result[] Figures { get; }

    /// <summary>The figure to rank by.</summary>
    public Result Figure { get; }

    public bool HasDisagreement { get; }

    public bool HasDisputed { get; }

    /// <summary>
    /// This model's cell in a comparison row, leading it or not. A cell holds nothing a request adds, so it is made once
    /// per dataset version and shared by every comparison that shows it, instead of once per model and row per request.
    /// Two requests racing to make it make equal cells; either serves.
    /// </summary>
    public ComparisonCell Cell(bool leads) => leads ? _leadingCell ??= NewCell(leads: true) : _cell ??= NewCell(leads: false);

    private ComparisonCell? _cell;
    private ComparisonCell? _leadingCell;

    private ComparisonCell NewCell(bool leads) => new()
    {
        Model = Model,
        Figures = Figures,
        Figure = Figure,
        IsLeader = leads,
        HasDisagreement = HasDisagreement,
        HasDisputed = HasDisputed,
    };

    /// <summary>
    /// The value most figures of the most trusted tier give (undisputed and exact, then undisputed, then any);
    /// ties: the first. So a rounded "roughly 76" never outranks the exact 76.1, whatever the source order.
    /// </summary>
    private static Result Representative(Result[] figures)
    {
        var tier = Array.Exists(figures, f => Tier(f) == 0) ? 0 : Array.Exists(figures, f => Tier(f) == 1) ? 1 : 2;
        Result? best = null;
        var bestCount = 0;
        foreach (var candidate in figures)
        {
            if (Tier(candidate) > tier)
            {
                continue;
            }

            var count = 0;
            foreach (var other in figures)
            {
                if (Tier(other) <= tier && other.Value.Equals(candidate.Value))
                {
                    count++;
                }
            }

            if (count > bestCount)
            {
                best = candidate;
                bestCount = count;
            }
        }

        return best ?? figures[0];
    }

    // 0: undisputed and exact; 1: undisputed but approximate; 2: disputed.
    private static int Tier(Result figure) => figure.Disputed ? 2 : figure.Approximate ? 1 : 0;
}
