using System.Globalization;
using ModelBot.Core.Dataset;

namespace ModelBot.Core.Queries;

/// <summary>A model's stated facts as labelled text.</summary>
public static class ModelFacts
{
    /// <summary>The label of a field, e.g. "Context window".</summary>
    public static string Label(ModelField field) => field switch
    {
        ModelField.Vendor => "Vendor",
        ModelField.ReleaseDate => "Released",
        ModelField.Weights => "Weights",
        ModelField.Licence => "Licence",
        ModelField.ContextWindow => "Context window",
        ModelField.InputModalities => "Input",
        ModelField.OutputModalities => "Output",
        ModelField.Modes => "Modes",
        ModelField.Aliases => "Also called",
        ModelField.Access => "Access",
        ModelField.Parameters => "Parameters",
        ModelField.Pricing => "Pricing",
        ModelField.Notes => "Notes",
        _ => field.ToString(),
    };

    /// <summary>The field's value as text, or null when no source states it.</summary>
    public static string? Value(Model model, ModelField field) => field switch
    {
        ModelField.Vendor => model.Vendor,
        ModelField.ReleaseDate => ReleaseText(model),
        ModelField.Weights => model.Weights switch
        {
            WeightsAvailability.Open => "open",
            WeightsAvailability.Closed => "closed",
            _ => null,
        },
        ModelField.Licence => model.Licence,
        ModelField.ContextWindow => model.ContextWindow is { } tokens ? tokens.ToString("N0", CultureInfo.InvariantCulture) + " tokens" : null,
        ModelField.InputModalities => Join(model.InputModalities),
        ModelField.OutputModalities => Join(model.OutputModalities),
        ModelField.Modes => Join(model.Modes),
        ModelField.Aliases => Join(model.Aliases),
        ModelField.Access => model.Access,
        ModelField.Parameters => model.Parameters,
        ModelField.Pricing => model.Pricing,
        ModelField.Notes => string.IsNullOrWhiteSpace(model.Notes) ? null : model.Notes.Trim(),
        _ => null,
    };

    /// <summary>The field's key in models.yaml, e.g. "context_window".</summary>
    public static string Key(ModelField field) => field switch
    {
        ModelField.ReleaseDate => "release_date",
        ModelField.ContextWindow => "context_window",
        ModelField.InputModalities => "input_modalities",
        ModelField.OutputModalities => "output_modalities",
        _ => field.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// The fact, or null when no source states it. It cites the model's <paramref name="sources"/> that state it:
    /// those with a passage for it in <c>fact_passages</c> (<see cref="Model.FactSources"/>), or all of them when it has none (notes).
    /// </summary>
    public static ModelFact? Get(Model model, ModelField field, IReadOnlyList<Source> sources)
    {
        var value = Value(model, field);
        if (value is null)
        {
            return null;
        }

        if (model.FactSources.TryGetValue(Key(field), out var ids) && ids.Count > 0)
        {
            sources = [.. sources.Where(s => ids.Contains(s.Id, StringComparer.Ordinal))];
        }

        return new ModelFact(field, Label(field), value, sources);
    }

    /// <summary>Every stated fact, in <see cref="ModelField"/> order.</summary>
    public static IReadOnlyList<ModelFact> All(Model model, IReadOnlyList<Source> sources)
    {
        var facts = new List<ModelFact>();
        foreach (var field in Enum.GetValues<ModelField>())
        {
            if (Get(model, field, sources) is { } fact)
            {
                facts.Add(fact);
            }
        }

        return facts;
    }

    /// <summary>"2026-04-08", or "2025-04" when the sources give only the month.</summary>
    public static string? ReleaseText(Model model) =>
        model.ReleaseDate?.ToString(model.ReleaseDayStated ? "yyyy-MM-dd" : "yyyy-MM", CultureInfo.InvariantCulture);

    private static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join(", ", values);
}
