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

    /// <summary>Among undisputed figures (all when every one is disputed), the value most figures give; ties: the first.</summary>
    private static Result Representative(Result[] figures)
    {
        var anyUndisputed = Array.Exists(figures, f => !f.Disputed);
        Result? best = null;
        var bestCount = 0;
        foreach (var candidate in figures)
        {
            if (anyUndisputed && candidate.Disputed)
            {
                continue;
            }

            var count = 0;
            foreach (var other in figures)
            {
                if ((!anyUndisputed || !other.Disputed) && other.Value.Equals(candidate.Value))
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
}
