using ModelBot.Commands.Caching;
using ModelBot.Commands.Catalog;
using ModelBot.Core.Loading;
using ModelBot.Core.Names;
using ModelBot.Discord.Interactions.Wire;
using ModelBot.Discord.Registration;

namespace ModelBot.Discord.Interactions;

/// <summary>
/// Answers autocomplete (type 8) for the focused option: model or benchmark names ranked by the dataset's
/// <see cref="NameResolver"/> for what the user typed so far, at most <see cref="MaxChoices"/>, label "Name · id".
/// </summary>
public sealed class AutocompleteResponder
{
    /// <summary>Discord's limit on autocomplete choices.</summary>
    public const int MaxChoices = 25;

    private readonly CommandCatalog _catalog;
    private readonly IDatasetProvider _datasets;

    /// <summary>Creates the responder.</summary>
    public AutocompleteResponder(CommandCatalog catalog, IDatasetProvider datasets)
    {
        _catalog = catalog;
        _datasets = datasets;
    }

    /// <summary>
    /// What decides the choices (the command, the focused option and what was typed), or null when there are none to
    /// look for. Choices depend on nothing else but the dataset, so they may be reused for the same key.
    /// </summary>
    public string? CacheKey(Interaction interaction, string platform, string kind)
    {
        if (_catalog.Find(interaction.Data?.Name ?? "") is not { } command
            || FindFocused(interaction.Data?.Options) is not { } focused
            || command.FindOption(focused.Name) is not { } option)
        {
            return null;
        }
        return new ReplyCacheKey(platform, kind, command.Name, 0).Add(option.Name).Add(focused.ValueText ?? "").Build();
    }

    /// <summary>The choices for the interaction's focused option; empty when it has no autocomplete.</summary>
    public IReadOnlyList<AutocompleteChoice> Complete(Interaction interaction)
    {
        if (_catalog.Find(interaction.Data?.Name ?? "") is not { } command
            || FindFocused(interaction.Data?.Options) is not { } focused
            || command.FindOption(focused.Name) is not { } option)
        {
            return [];
        }
        NameResolver names;
        try
        {
            names = _datasets.Names;
        }
        catch (DatasetLoadException)
        {
            return [];
        }
        var typed = focused.ValueText ?? "";
        return option.Autocomplete switch
        {
            AutocompleteKind.Model => Choices(names.CompleteModels(typed, MaxChoices).Select(m => (m.Name, m.Id))),
            AutocompleteKind.Benchmark => Choices(names.CompleteBenchmarks(typed, MaxChoices).Select(b => (b.Name, b.Id))),
            _ => [],
        };
    }

    private static List<AutocompleteChoice> Choices(IEnumerable<(string Name, string Id)> candidates)
    {
        var choices = new List<AutocompleteChoice>(MaxChoices);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, id) in candidates)
        {
            if (choices.Count == MaxChoices)
            {
                break;
            }
            if (id.Length > ApplicationCommandLimits.MaxChoiceLength || !seen.Add(id))
            {
                continue;
            }
            var label = string.Equals(name, id, StringComparison.OrdinalIgnoreCase) ? name : $"{name} · {id}";
            if (label.Length > ApplicationCommandLimits.MaxChoiceLength)
            {
                label = id;
            }
            choices.Add(new AutocompleteChoice(label, id));
        }
        return choices;
    }

    private static InteractionDataOption? FindFocused(IReadOnlyList<InteractionDataOption>? options)
    {
        foreach (var option in options ?? [])
        {
            if (option is null)
            {
                continue; // "options": [null] deserializes despite the non-nullable element type (was a 500).
            }
            if (option.Focused == true)
            {
                return option;
            }
            if (FindFocused(option.Options) is { } nested)
            {
                return nested;
            }
        }
        return null;
    }
}
