namespace ModelBot.Discord.Interactions.Components;

/// <summary>What a ModelBot button does.</summary>
public enum ComponentAction
{
    /// <summary>Show another page of the answer (prev/next).</summary>
    Page,

    /// <summary>The disabled "Page x/y" label between prev and next.</summary>
    PageIndicator,

    /// <summary>Show the provenance of the figures on the current page, to the clicker only.</summary>
    Sources,
}
