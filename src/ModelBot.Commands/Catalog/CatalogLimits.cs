namespace ModelBot.Commands.Catalog;

/// <summary>Discord's application command limits, which the catalog must honour (Slack's are looser).</summary>
public static class CatalogLimits
{
    /// <summary>Maximum length of a command or option name.</summary>
    public const int MaxNameLength = 32;

    /// <summary>Maximum length of a command or option description.</summary>
    public const int MaxDescriptionLength = 100;

    /// <summary>Maximum number of options of one command.</summary>
    public const int MaxOptions = 25;

    /// <summary>Maximum number of choices of one option.</summary>
    public const int MaxChoices = 25;

    /// <summary>Maximum length of a choice name or value.</summary>
    public const int MaxChoiceLength = 100;

    /// <summary>Most models one /compare takes (model1 … model5).</summary>
    public const int MaxCompareModels = 5;

    /// <summary>Fewest models one /compare takes.</summary>
    public const int MinCompareModels = 2;
}
