namespace ModelBot.Commands.Catalog;

/// <summary>What an option's autocomplete suggests while the user types.</summary>
public enum AutocompleteKind
{
    /// <summary>No autocomplete (free text, or fixed <see cref="CommandOption.Choices"/>).</summary>
    None,
    /// <summary>Model ids and names from the dataset.</summary>
    Model,
    /// <summary>Benchmark ids and names from the dataset.</summary>
    Benchmark,
}
